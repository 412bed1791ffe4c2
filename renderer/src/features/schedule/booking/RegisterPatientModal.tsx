import { Modal } from '@mantine/core';
import { RegisterPatientPage } from '../../patients';

interface RegisterPatientModalProps {
  opened: boolean;
  /** The registered patient, or the existing one the user picked over a duplicate warning. */
  onPatient: (patientId: number) => void;
  onClose: () => void;
}

/** The patients feature's own registration form, in a modal over the booking dialog. */
export function RegisterPatientModal({ opened, onPatient, onClose }: RegisterPatientModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Booking: register the patient first" size="90%" zIndex={300}>
      {opened ? <RegisterPatientPage onRegistered={onPatient} onOpenExisting={onPatient} onCancel={onClose} /> : null}
    </Modal>
  );
}
