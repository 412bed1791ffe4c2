/**
 * Why an HL7 file cannot be imported, in words for the person who offered it. `kind` is what the audit
 * row records (the message itself can name the patient, and audit details carry no PHI: SECURITY.md S14).
 */
export type Hl7RejectionKind = 'unreadable' | 'not-oru' | 'malformed' | 'unmatched' | 'duplicate';

export class Hl7Rejection extends Error {
  readonly kind: Hl7RejectionKind;
  constructor(kind: Hl7RejectionKind, message: string) {
    super(message);
    this.name = 'Hl7Rejection';
    this.kind = kind;
  }
}
