package org.childjourney.frontdoor;

public enum ContactKind {
    GENERAL("general"), POLICE_DOMESTIC_ABUSE("police-da");

    private final String formValue;

    ContactKind(String formValue) {
        this.formValue = formValue;
    }

    public static ContactKind fromFormValue(String value) {
        for (ContactKind kind : values()) {
            if (kind.formValue.equals(value)) {
                return kind;
            }
        }
        throw new InvalidContactException(java.util.List.of("Choose what kind of contact this is: a contact about a child, or a police domestic abuse notification"));
    }
}
