import { foldForSearch } from '../../../../../db';
import { type CsvField, type CsvMapping, csvFieldLabels, csvFields } from '../../../../contract/exchange';

/** "Last Name", "last_name" and "LAST-NAME" all read as "lastname"; "Prénom" as "prenom". */
export const headerKey = (header: string): string => foldForSearch(header).replaceAll(' ', '');

/**
 * What legacy practice systems call each field in their exports (keys as headerKey folds them). The
 * field's own name and its label are always accepted too.
 */
const synonyms: Record<CsvField, readonly string[]> = {
  familyName: ['lastname', 'surname', 'lname', 'last', 'familyname', 'family', 'patientlastname', 'ptlastname'],
  givenName: ['firstname', 'fname', 'first', 'givenname', 'given', 'forename', 'patientfirstname', 'ptfirstname'],
  birthDate: ['dob', 'birthdate', 'dateofbirth', 'birthday', 'bdate', 'patientdob', 'ptdob', 'born'],
  sex: ['sex', 'gender', 'sexatbirth', 'birthsex', 'patientsex', 'patientgender'],
  middleName: ['middlename', 'middle', 'mname', 'mi', 'middleinitial'],
  preferredName: ['preferredname', 'nickname', 'prefname', 'goesby', 'knownas'],
  suffix: ['suffix', 'namesuffix', 'sfx'],
  mrn: [
    'mrn',
    'chartnumber',
    'chartno',
    'chart',
    'chartid',
    'accountnumber',
    'accountno',
    'account',
    'patientid',
    'patientnumber',
    'medicalrecordnumber',
    'legacyid',
    'id',
  ],
  phoneHome: ['homephone', 'phone', 'phonehome', 'telephone', 'tel', 'hphone', 'phonenumber', 'home'],
  phoneMobile: ['cell', 'cellphone', 'mobile', 'mobilephone', 'phonemobile', 'cellular', 'cphone', 'mobilenumber'],
  email: ['email', 'emailaddress', 'mail'],
  addressLine1: ['address', 'address1', 'addressline1', 'street', 'streetaddress', 'addr1', 'addr'],
  addressLine2: ['address2', 'addressline2', 'addr2', 'apt', 'suite', 'unit'],
  city: ['city', 'town'],
  state: ['state', 'st', 'province', 'region'],
  postalCode: ['zip', 'zipcode', 'postalcode', 'postcode', 'zip5'],
  insurancePayer: [
    'insurance',
    'insurancepayer',
    'payer',
    'insurancecompany',
    'carrier',
    'insurancename',
    'primaryinsurance',
  ],
  insuranceMemberId: [
    'memberid',
    'insuranceid',
    'insurancememberid',
    'policynumber',
    'subscriberid',
    'policyid',
    'insurancenumber',
  ],
  insuranceGroup: ['groupnumber', 'group', 'insurancegroup', 'groupno', 'groupid'],
};

/** Proposes a column per field from the header names; each column fills at most one field. */
export const proposeMapping = (headers: readonly string[]): CsvMapping => {
  const mapping: CsvMapping = {};
  const taken = new Set<string>();
  for (const field of csvFields) {
    const accepted = new Set([...synonyms[field], headerKey(field), headerKey(csvFieldLabels[field])]);
    const column = headers.find((header) => !taken.has(header) && accepted.has(headerKey(header)));
    if (column !== undefined) {
      mapping[field] = column;
      taken.add(column);
    }
  }
  return mapping;
};
