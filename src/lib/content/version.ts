/**
 * The content version. Raise it (semver) whenever the fingerprint test fails: a question id,
 * audience, weight or level set changed, so older saved answers need a look.
 */
export const contentVersion = '2.1.0';
/** The fingerprint recorded with this version; see fingerprint.ts. */
export const recordedFingerprint = 'e6f0330e';
