import { Form, Input, Modal, Rate } from 'antd';
import { useState } from 'react';
import type { ApiError } from '../../api/api-client.ts';
import { demandsApi } from '../../api/financing-api.ts';
import type { ClaimView } from '../../api/types.ts';
import { asApiError } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** 服务评价: stars and a comment for an institution that gave this demand an outcome. */
export function RatingDialog({ demandId, claim, onClose, onRated }: { demandId: string; claim: ClaimView | undefined; onClose(): void; onRated(claim: ClaimView): void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ stars: number; comment?: string }>();
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [isSaving, setIsSaving] = useState(false);
  const submit = async () => {
    if (!claim) return;
    const values = await form.validateFields();
    setIsSaving(true);
    setError(undefined);
    try {
      await demandsApi.rate(demandId, { institutionCode: claim.institution.code, stars: values.stars, comment: values.comment || undefined });
      form.resetFields();
      onRated(claim);
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setIsSaving(false);
    }
  };
  return (
    <Modal
      open={claim !== undefined}
      title={claim ? t('demand.rateTitle', { name: claim.institution.name }) : ''}
      okText={t('demand.rate')}
      cancelText={t('common.cancel')}
      confirmLoading={isSaving}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={() => {
        setError(undefined);
        onClose();
      }}
      forceRender
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" name="rate-institution" initialValues={{ stars: 5 }}>
        <Form.Item name="stars" label={t('demand.stars')} rules={[{ required: true, message: t('common.required') }]}>
          <Rate data-testid="rating-stars" />
        </Form.Item>
        <Form.Item name="comment" label={t('demand.comment')}>
          <Input.TextArea rows={3} maxLength={1000} showCount data-testid="rating-comment" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
