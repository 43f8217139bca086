package diplokg.generate;

/** A city bound to {@code where} ("à Hanoï") and {@code city} ("Hanoï"); writing it may name a state. */
record PlaceBinding(String city, String phrase) implements Binding {

    @Override
    public boolean supports(String form) {
        return form.isEmpty();
    }

    @Override
    public String render(String form, Renderer renderer) {
        renderer.place(city);
        return phrase;
    }

    @Override
    public Agreement agreement() {
        return Agreement.M;
    }
}
