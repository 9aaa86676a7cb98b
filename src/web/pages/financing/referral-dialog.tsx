import { Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { ApiError } from '../../api/api-client.ts';
import { demandsApi } from '../../api/financing-api.ts';
import { asApiError } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { InstitutionPicker } from './institution-picker.tsx';

/** 接受转介: after a decline or no claim in time, send the demand to other institutions (a guarantor, say). */
export function ReferralDialog({ demandId, excludedCodes, isOpen, onClose, onReferred }: { demandId: string; excludedCodes: readonly string[]; isOpen: boolean; onClose(): void; onReferred(): void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ institutionCodes: string[] }>();
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [isSaving, setIsSaving] = useState(false);
  const submit = async () => {
    const values = await form.validateFields();
    setIsSaving(true);
    setError(undefined);
    try {
      await demandsApi.acceptReferral(demandId, values.institutionCodes);
      form.resetFields();
      onReferred();
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setIsSaving(false);
    }
  };
  return (
    <Modal open={isOpen} title={t('demand.referral')} okText={t('demand.referral')} cancelText={t('common.cancel')} confirmLoading={isSaving} onOk={() => void submit().catch(() => undefined)} onCancel={onClose} forceRender>
      <ErrorAlert error={error} />
      <Typography.Paragraph type="secondary">{t('demand.referralHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" name="accept-referral">
        <Form.Item name="institutionCodes" label={t('demand.institutions')} rules={[{ required: true, type: 'array', min: 1, message: t('demand.pickInstitutions') }]}>
          <InstitutionPicker excludedCodes={excludedCodes} testId="referral-institutions" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
