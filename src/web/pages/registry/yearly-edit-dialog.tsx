import { Alert, AutoComplete, Col, Form, Input, Modal, Row, Typography } from 'antd';
import { useEffect } from 'react';
import type { EnterpriseDetail } from '../../api/types.ts';
import { importTemplates } from '../../../capabilities/imports/import-templates.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { fieldLabel } from './fact-format.ts';
import { buildRecord, formValuesOf, type FieldSpec } from './fact-record.ts';
import { useFactSave } from './use-fact-save.ts';

/** The yearly figures, in the order and with the types of the import template's columns. */
const yearlySpecs: FieldSpec[] = importTemplates.yearly_facts.columns.flatMap((column): FieldSpec[] => {
  if (!column.field) return [];
  if (column.type === 'count') return [{ field: column.field, kind: 'count' }];
  if (column.type === 'money_wan') return [{ field: column.field, kind: column.isSigned ? 'signedMoney' : 'money' }];
  return [];
});
const yearlyFields = yearlySpecs.map((spec) => spec.field);

function isYear(text: string): boolean {
  const year = Number(text);
  return /^\d{4}$/.test(text) && year >= 1980 && year <= 2100;
}

/** 修改年度数据: one year's figures, money typed in 万元 and sent as exact fen. */
export function YearlyEditDialog({ uscc, yearlyFacts, isOpen, onClose, onSaved }: { uscc: string; yearlyFacts: EnterpriseDetail['yearlyFacts']; isOpen: boolean; onClose(): void; onSaved(): void }) {
  const { t, language } = useI18n();
  const [form] = Form.useForm<Record<string, string | undefined>>();
  const saving = useFactSave(uscc, 'yearly', form, [...yearlyFields, 'year']);
  const years = yearlyFacts.map((row) => row.year).sort((a, b) => b - a);
  const currentOf = (text: string) => yearlyFacts.find((row) => String(row.year) === text)?.values;

  /** Choosing a year shows that year's figures, or an empty form for a new year. */
  const fillYear = (text: string) => {
    form.setFieldsValue(formValuesOf(isYear(text) ? currentOf(text) : undefined, yearlySpecs));
    form.setFields(yearlyFields.map((name) => ({ name, errors: [] })));
  };

  useEffect(() => {
    if (!isOpen) return;
    form.resetFields();
    saving.reset();
    const latest = String(years[0] ?? new Date().getFullYear() - 1);
    form.setFieldsValue({ year: latest });
    fillYear(latest);
    // Refill only when the dialog opens.
  }, [isOpen]);

  const submit = async () => {
    const year = String(form.getFieldValue('year') ?? '').trim();
    if (!isYear(year)) {
      form.setFields([{ name: 'year', errors: [t('edit.yearInvalid')] }]);
      return;
    }
    const inputs = form.getFieldsValue(true) as Record<string, string | undefined>;
    if (await saving.save(buildRecord(inputs, currentOf(year), yearlySpecs), { year: Number(year) })) onSaved();
  };

  return (
    <Modal title={t('edit.yearly')} open={isOpen} onCancel={onClose} onOk={() => void submit()} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={saving.isSaving} width={880} destroyOnHidden>
      <Typography.Paragraph type="secondary">
        {t('edit.moneyHint')} {t('edit.manualNote')}
      </Typography.Paragraph>
      {saving.generalErrors.map((error) => (
        <Alert key={error} type="error" showIcon title={error} role="alert" style={{ marginBottom: 12 }} />
      ))}
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={() => void submit()}
        onValuesChange={(changed: Record<string, unknown>) => {
          if (typeof changed.year === 'string') fillYear(changed.year.trim());
        }}
      >
        <Form.Item name="year" label={t('edit.year')} extra={t('edit.yearHint')} style={{ maxWidth: 240 }}>
          <AutoComplete options={years.map((value) => ({ value: String(value) }))} />
        </Form.Item>
        <Row gutter={16}>
          {yearlySpecs.map((spec) => (
            <Col xs={24} md={12} lg={8} key={spec.field}>
              <Form.Item name={spec.field} label={fieldLabel(spec.field, language, { isWithUnit: true })}>
                <Input inputMode="decimal" suffix={spec.kind === 'count' ? undefined : t('unit.wan')} style={{ textAlign: 'right' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </Form>
    </Modal>
  );
}
