import { Alert, Col, DatePicker, Form, Input, Modal, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, type ReactNode } from 'react';
import type { EnterpriseDetail } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { districtName, districts, enterpriseStatusName, enterpriseStatuses, sizeClasses, sizeClassName, taxCollectionMethods, taxMethodName } from '../../i18n/registry-names.ts';
import { fieldLabel } from './fact-format.ts';
import { buildRecord, type FieldSpec } from './fact-record.ts';
import { useFactSave } from './use-fact-save.ts';

const textFields = ['name', 'districtCode', 'industryCode', 'foundedOn', 'sizeClass', 'status', 'taxCollectionMethod', 'legalRepresentative', 'contactName', 'contactPhone', 'contactEmail'] as const;
const contactFields: readonly string[] = ['contactName', 'contactPhone', 'contactEmail'];

type FormValues = Record<string, string | Dayjs | null | undefined>;

/** 修改基本信息: the profile as a form; only changed fields are sent, masked contacts never. */
export function ProfileEditDialog({ uscc, profile, isOpen, onClose, onSaved }: { uscc: string; profile: EnterpriseDetail['profile']; isOpen: boolean; onClose(): void; onSaved(): void }) {
  const { t, language } = useI18n();
  const [form] = Form.useForm<FormValues>();
  const specs: FieldSpec[] = textFields.filter((field) => !(profile.areContactsMasked && contactFields.includes(field))).map((field) => ({ field, kind: 'text' }));
  const saving = useFactSave(uscc, 'enterprise', form, textFields);

  useEffect(() => {
    if (!isOpen) return;
    const values = Object.fromEntries(textFields.map((field) => [field, (profile.values[field] as string | null) ?? undefined]));
    form.resetFields();
    form.setFieldsValue({ ...values, foundedOn: typeof profile.values.foundedOn === 'string' ? dayjs(profile.values.foundedOn) : null });
    saving.reset();
    // Refill only when the dialog opens; the profile object changes on every reload.
  }, [isOpen]);

  const submit = async () => {
    const values = form.getFieldsValue(true) as FormValues;
    const inputs = Object.fromEntries(Object.entries(values).map(([field, value]) => [field, dayjs.isDayjs(value) ? value.format('YYYY-MM-DD') : (value ?? undefined)]));
    if (await saving.save(buildRecord(inputs, profile.values, specs), {})) onSaved();
  };

  const item = (field: string, control: ReactNode, options: { isRequired?: boolean; span?: number } = {}) => (
    <Col xs={24} md={options.span ?? 12} key={field}>
      <Form.Item name={field} label={fieldLabel(field, language)} required={options.isRequired}>
        {control}
      </Form.Item>
    </Col>
  );
  const isMasked = profile.areContactsMasked;
  return (
    <Modal title={t('edit.profile')} open={isOpen} onCancel={onClose} onOk={() => void submit()} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={saving.isSaving} width={820} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('edit.manualNote')}</Typography.Paragraph>
      {saving.generalErrors.map((error) => (
        <Alert key={error} type="error" showIcon title={error} role="alert" style={{ marginBottom: 12 }} />
      ))}
      <Form form={form} layout="vertical" requiredMark={false} onFinish={() => void submit()}>
        <Row gutter={16}>
          {item('name', <Input maxLength={200} />, { isRequired: true, span: 24 })}
          {item('districtCode', <Select allowClear options={districts.map((district) => ({ value: district.code, label: districtName(district.code, language) }))} />)}
          {item('industryCode', <Input placeholder="C3973" maxLength={10} />)}
          {item('foundedOn', <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" />)}
          {item('sizeClass', <Select allowClear options={sizeClasses.map((value) => ({ value, label: sizeClassName(value, language) }))} />)}
          {item('status', <Select allowClear options={enterpriseStatuses.map((value) => ({ value, label: enterpriseStatusName(value, language) }))} />)}
          {item('taxCollectionMethod', <Select allowClear options={taxCollectionMethods.map((value) => ({ value, label: taxMethodName(value, language) }))} />)}
          {item('legalRepresentative', <Input maxLength={100} />)}
          {item('contactName', <Input maxLength={100} disabled={isMasked} placeholder={isMasked ? t('edit.maskedContact') : undefined} />)}
          {item('contactPhone', <Input maxLength={40} disabled={isMasked} placeholder={isMasked ? t('edit.maskedContact') : undefined} />)}
          {item('contactEmail', <Input maxLength={200} disabled={isMasked} placeholder={isMasked ? t('edit.maskedContact') : undefined} />)}
        </Row>
      </Form>
    </Modal>
  );
}
