package org.childjourney.workforce;

public record Team(String code, String name, TeamKind kind, String managerUsername) {
}
