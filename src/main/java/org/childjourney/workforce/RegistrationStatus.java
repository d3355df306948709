package org.childjourney.workforce;

/** Social Work England registration. */
public enum RegistrationStatus { REGISTERED, AWAITING_REGISTRATION, NOT_REQUIRED }
