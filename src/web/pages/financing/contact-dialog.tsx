import { Input, Modal } from 'antd';
import { useState } from 'react';
import type { ApiError } from '../../api/api-client.ts';
import { demandsApi } from '../../api/financing-api.ts';
import { asApiError } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** 记录首次对接: the institution says it has reached the enterprise, with a short note. */
export function ContactDialog({ demandId, isOpen, onClose, onRecorded }: { demandId: string; isOpen: boolean; onClose(): void; onRecorded(): void }) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [isSaving, setIsSaving] = useState(false);
  const submit = async () => {
    setIsSaving(true);
    setError(undefined);
    try {
      await demandsApi.recordContact(demandId, note.trim() || undefined);
      setNote('');
      onRecorded();
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setIsSaving(false);
    }
  };
  return (
    <Modal open={isOpen} title={t('inbox.contact')} okText={t('inbox.contact')} cancelText={t('common.cancel')} confirmLoading={isSaving} onOk={() => void submit()} onCancel={onClose}>
      <ErrorAlert error={error} />
      <label htmlFor="contact-note">{t('inbox.contactNote')}</label>
      <Input.TextArea id="contact-note" rows={3} maxLength={500} showCount value={note} onChange={(event) => setNote(event.target.value)} data-testid="contact-note" />
    </Modal>
  );
}
