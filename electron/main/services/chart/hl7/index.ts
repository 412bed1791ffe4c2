export { type OruMessage, type OruPatient, parseOru } from './oru';
export { Hl7Rejection } from './rejection';
