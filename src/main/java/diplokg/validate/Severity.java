package diplokg.validate;

/** How serious a finding is, after SHACL's {@code sh:Violation}, {@code sh:Warning} and {@code sh:Info}. */
public enum Severity {
    /** The store breaks a constraint; {@code diplokg validate} fails. */
    VIOLATION,
    /** Something is likely missing but the store is usable, e.g. an official whose state is unknown. */
    WARNING,
    /** Informational only. */
    INFO
}
