import { Checkbox, Col, Form, Input, InputNumber, Modal, Radio, Row, Select } from 'antd';
import { useState } from 'react';
import type { ApiError } from '../../api/api-client.ts';
import { demandsApi } from '../../api/financing-api.ts';
import type { DecideClaimInput, DemandView } from '../../api/types.ts';
import { asApiError } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { parsePercentToBp } from '../../format/format-rate.ts';
import { fenToWanText, parseWanToFen } from '../../format/wan-to-fen.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { declineReasonName, declineReasons, productTypeName, productTypes, type DeclineReason, type ProductType } from '../../i18n/financing-names.ts';
import type { Language } from '../../i18n/language.ts';

interface DecisionForm {
  decision: 'approve' | 'decline';
  amountWan?: string;
  ratePercent?: string;
  termMonths?: number;
  productType?: ProductType;
  flags?: Array<'isCredit' | 'isFirstLoan' | 'isRenewal' | 'isIpPledge'>;
  reason?: DeclineReason;
  text?: string;
}

function toDecision(values: DecisionForm): DecideClaimInput {
  if (values.decision === 'decline') return { decision: 'decline', reason: values.reason ?? 'other', text: values.text ?? '' };
  const amount = parseWanToFen(values.amountWan ?? '');
  const flags = new Set(values.flags ?? []);
  return {
    decision: 'approve',
    amountFen: amount.isOk ? amount.fen : 0,
    rateBp: parsePercentToBp(values.ratePercent ?? '') ?? 0,
    termMonths: values.termMonths ?? 0,
    productType: values.productType ?? 'credit_loan',
    isCredit: flags.has('isCredit'),
    isFirstLoan: flags.has('isFirstLoan'),
    isRenewal: flags.has('isRenewal'),
    isIpPledge: flags.has('isIpPledge'),
  };
}

function isPositiveWan(text: string): boolean {
  const parsed = parseWanToFen(text);
  return parsed.isOk && parsed.fen > 0;
}

const reasonOptions = (language: Language) => (Object.keys(declineReasons) as DeclineReason[]).map((value) => ({ value, label: declineReasonName(value, language) }));

/** 审批结果: approve with the terms granted, or decline with a reason from the fixed list and a written explanation. */
export function DecideDialog({ demand, isOpen, onClose, onDecided }: { demand: DemandView; isOpen: boolean; onClose(): void; onDecided(): void }) {
  const { t, language } = useI18n();
  const [form] = Form.useForm<DecisionForm>();
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [isSaving, setIsSaving] = useState(false);
  const decision = Form.useWatch('decision', form);
  const submit = async () => {
    const values = await form.validateFields();
    setIsSaving(true);
    setError(undefined);
    try {
      await demandsApi.decide(demand.id, toDecision(values));
      onDecided();
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setIsSaving(false);
    }
  };
  const required = { required: true, message: t('common.required') };
  return (
    <Modal open={isOpen} title={t('inbox.decide')} okText={t('inbox.decide')} cancelText={t('common.cancel')} confirmLoading={isSaving} onOk={() => void submit().catch(() => undefined)} onCancel={onClose} width={640} destroyOnHidden>
      <ErrorAlert error={error} />
      <Form
        form={form}
        layout="vertical"
        name="decide-claim"
        initialValues={{ decision: 'approve', amountWan: fenToWanText(demand.amountFen), termMonths: demand.termMonths ?? 12, productType: 'credit_loan', flags: [] }}
      >
        <Form.Item name="decision" label={t('inbox.decision')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'approve', label: t('inbox.approve') },
              { value: 'decline', label: t('inbox.decline') },
            ]}
            data-testid="decision"
          />
        </Form.Item>
        {decision === 'decline' ? (
          <>
            <Form.Item name="reason" label={t('inbox.declineReason')} rules={[required]}>
              <Select options={reasonOptions(language)} data-testid="decline-reason" />
            </Form.Item>
            <Form.Item name="text" label={t('inbox.declineText')} rules={[{ ...required, min: 2 }]}>
              <Input.TextArea rows={3} maxLength={1000} showCount data-testid="decline-text" />
            </Form.Item>
          </>
        ) : (
          <>
            <Row gutter={12}>
              <Col span={8}>
                <Form.Item name="amountWan" label={t('demand.amountWan')} rules={[required, { validator: (_, value: string) => (!value || isPositiveWan(value) ? Promise.resolve() : Promise.reject(new Error(t('demand.amountInvalid')))) }]}>
                  <Input inputMode="decimal" data-testid="approve-amount" />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name="ratePercent" label={t('inbox.rate')} rules={[required, { validator: (_, value: string) => (!value || parsePercentToBp(value) !== undefined ? Promise.resolve() : Promise.reject(new Error(t('demand.rateInvalid')))) }]}>
                  <Input inputMode="decimal" suffix="%" data-testid="approve-rate" />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name="termMonths" label={t('demand.termMonths')} rules={[required]}>
                  <InputNumber min={1} max={600} precision={0} style={{ width: '100%' }} data-testid="approve-term" />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="productType" label={t('inbox.productType')} rules={[required]}>
              <Select options={productTypes.map((value) => ({ value, label: productTypeName(value, language) }))} />
            </Form.Item>
            <Form.Item name="flags">
              <Checkbox.Group
                options={(['isCredit', 'isFirstLoan', 'isRenewal', 'isIpPledge'] as const).map((value) => ({ value, label: t(`inbox.${value}`) }))}
              />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
