package com.clinigrad.competency;

/**
 * A member of a completion defense panel (答辩委员会), as typed by the office.
 */
public record PanelMember(String name, String title, boolean chair) {
}
