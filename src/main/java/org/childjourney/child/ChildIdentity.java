package org.childjourney.child;

import org.childjourney.census.CensusCodes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Who a child is, with the CIN census identity items. An unborn child has an expected date of birth instead of a date of birth. */
public record ChildIdentity(String firstName, String lastName, boolean unborn, LocalDate dateOfBirth,
                            LocalDate expectedDateOfBirth, String sex, String ethnicity, String disability, String nhsNumber) {

    public static final List<String> SEX_CODES = List.of("M", "F", "U");

    public ChildIdentity {
        firstName = blankToNull(firstName);
        lastName = blankToNull(lastName);
        nhsNumber = blankToNull(nhsNumber == null ? null : nhsNumber.replace(" ", ""));
    }

    public String displayName() {
        return ((firstName == null ? (unborn ? "Unborn baby" : "") : firstName) + " " + (lastName == null ? "" : lastName)).trim();
    }

    /** What is wrong with this identity, in words a contact officer can act on; empty when it can be recorded. */
    public List<String> problems(LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (lastName == null) {
            problems.add("Enter the child's last name");
        }
        if (unborn) {
            if (expectedDateOfBirth == null) {
                problems.add("Enter the expected date of birth of the unborn child");
            }
        } else if (dateOfBirth == null) {
            problems.add("Enter the child's date of birth, or tick 'Unborn child' and give the expected date");
        } else if (dateOfBirth.isAfter(today)) {
            problems.add("The date of birth " + dateOfBirth + " is in the future: check it, or record an unborn child");
        } else if (dateOfBirth.isBefore(today.minusYears(25))) {
            problems.add("The date of birth " + dateOfBirth + " is more than 25 years ago: check it");
        }
        if (!SEX_CODES.contains(sex)) {
            problems.add("Choose the child's sex (M, F or U for not known)");
        }
        if (!CensusCodes.isValid(CensusCodes.ETHNICITY, ethnicity)) {
            problems.add("Choose the child's ethnicity from the census list (got '" + ethnicity + "')");
        }
        if (!CensusCodes.isValid(CensusCodes.DISABILITY, disability)) {
            problems.add("Choose the child's disability from the census list, or NONE (got '" + disability + "')");
        }
        if (nhsNumber != null && !isValidNhsNumber(nhsNumber)) {
            problems.add("The NHS number " + nhsNumber + " is not valid: it has 10 digits and its check digit must match");
        }
        return problems;
    }

    /** NHS numbers carry a modulus 11 check digit. */
    static boolean isValidNhsNumber(String number) {
        if (number == null || !number.matches("\\d{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (number.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == number.charAt(9) - '0';
    }

    String normalisedFirstName() {
        return firstName == null ? "" : firstName.toLowerCase(Locale.ROOT).trim();
    }

    String normalisedLastName() {
        return lastName == null ? "" : lastName.toLowerCase(Locale.ROOT).trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
