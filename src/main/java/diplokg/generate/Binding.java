package diplokg.generate;

/**
 * A value bound to a slot of a sentence frame. A binding may have several forms ({@code {P.in}}, {@code {A.name}}),
 * and rendering one records, through the renderer, what the text now says (a state named, an official named).
 */
interface Binding {

    /** Whether the binding has form {@code form}; {@code ""} is the plain form. */
    boolean supports(String form);

    /** The text of form {@code form}; called only for a supported form, once per occurrence in the text. */
    String render(String form, Renderer renderer);

    /** The agreement of the bound noun phrase, for the frame's agreement choices. */
    Agreement agreement();

    /** The agreement of form {@code form} ("the state an official serves"); by default the binding's. */
    default Agreement agreement(String form) {
        return agreement();
    }
}
