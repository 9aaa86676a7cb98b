import { App, Button, Col, Drawer, Form, Input, InputNumber, Radio, Row, Select, Space } from 'antd';
import { useState } from 'react';
import type { ApiError } from '../../api/api-client.ts';
import { demandsApi, type MatchQuery } from '../../api/financing-api.ts';
import type { DemandKind, PostDemandInput } from '../../api/types.ts';
import { asApiError } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { parsePercentToBp } from '../../format/format-rate.ts';
import { parseWanToFen } from '../../format/wan-to-fen.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { collateralKinds, collateralName, demandKindName, demandKinds } from '../../i18n/financing-names.ts';
import { InstitutionPicker } from './institution-picker.tsx';
import { MatchesPanel } from './matches-panel.tsx';
import { useLiveMatches } from './use-live-matches.ts';

interface DemandForm {
  kind: DemandKind;
  amountWan: string;
  termMonths?: number;
  purpose: string;
  collateral: string[];
  maxRatePercent?: string;
  equityRound?: string;
  valuationWan?: string;
  dispatchMode: 'chosen' | 'open';
  institutionCodes?: string[];
  claimCap: number;
}

const fenOf = (text: string | undefined) => {
  const parsed = parseWanToFen(text ?? '');
  return parsed.isOk && parsed.fen > 0 ? parsed.fen : undefined;
};

/** 发布需求: the demand on the left, the products it matches on the right, updated as it is typed. */
export function PostDemandDrawer({ isOpen, onClose, onPosted }: { isOpen: boolean; onClose(): void; onPosted(demandId: string): void }) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<DemandForm>();
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [isSaving, setIsSaving] = useState(false);
  const kind = Form.useWatch('kind', form);
  const amountFen = fenOf(Form.useWatch('amountWan', form));
  const termMonths = Form.useWatch('termMonths', form);
  const maxRatePercent = Form.useWatch('maxRatePercent', form);
  const dispatchMode = Form.useWatch('dispatchMode', form);
  const maxRateBp = maxRatePercent ? parsePercentToBp(maxRatePercent) : undefined;
  const query: MatchQuery | undefined = isOpen && kind && amountFen ? { kind, amountFen, termMonths: termMonths ?? null, maxRateBp: maxRateBp ?? null } : undefined;
  const live = useLiveMatches(query);

  const submit = async () => {
    const values = await form.validateFields();
    setIsSaving(true);
    setError(undefined);
    try {
      const posted = await demandsApi.post({
        kind: values.kind,
        amountFen: fenOf(values.amountWan) ?? 0,
        termMonths: values.termMonths ?? undefined,
        purpose: values.purpose,
        collateral: values.collateral as PostDemandInput['collateral'],
        maxRateBp: values.maxRatePercent ? parsePercentToBp(values.maxRatePercent) : undefined,
        equityRound: values.kind === 'equity' ? values.equityRound || undefined : undefined,
        valuationFen: values.kind === 'equity' ? fenOf(values.valuationWan) : undefined,
        dispatchMode: values.dispatchMode,
        institutionCodes: values.dispatchMode === 'chosen' ? (values.institutionCodes ?? []) : [],
        claimCap: values.claimCap,
      });
      void message.success(t('demand.posted'));
      form.resetFields();
      onPosted(posted.demandId);
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setIsSaving(false);
    }
  };

  const wanRule = { validator: (_: unknown, value: string | undefined) => (!value || fenOf(value) ? Promise.resolve() : Promise.reject(new Error(t('demand.amountInvalid')))) };
  return (
    <Drawer
      open={isOpen}
      onClose={onClose}
      title={t('demand.post')}
      size={1180}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={isSaving} onClick={() => void submit().catch(() => undefined)} data-testid="submit-demand">
            {t('demand.post')}
          </Button>
        </Space>
      }
    >
      <Row gutter={24}>
        <Col span={12}>
          <ErrorAlert error={error} />
          <Form form={form} layout="vertical" name="post-demand" initialValues={{ kind: 'debt', collateral: [], dispatchMode: 'open', claimCap: 3 }} requiredMark>
            <Form.Item name="kind" label={t('demand.kind')} rules={[{ required: true, message: t('common.required') }]}>
              <Radio.Group optionType="button" options={demandKinds.map((value) => ({ value, label: demandKindName(value, language) }))} data-testid="demand-kind" />
            </Form.Item>
            <Row gutter={12}>
              <Col span={12}>
                <Form.Item name="amountWan" label={t('demand.amountWan')} rules={[{ required: true, message: t('common.required') }, wanRule]}>
                  <Input inputMode="decimal" data-testid="demand-amount" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="termMonths" label={t('demand.termMonths')}>
                  <InputNumber min={1} max={600} precision={0} style={{ width: '100%' }} data-testid="demand-term" />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="purpose" label={t('demand.purpose')} rules={[{ required: true, min: 2, message: t('common.required') }]}>
              <Input.TextArea rows={2} maxLength={500} showCount data-testid="demand-purpose" />
            </Form.Item>
            <Form.Item name="collateral" label={t('demand.collateral')}>
              <Select mode="multiple" options={collateralKinds.map((value) => ({ value, label: collateralName(value, language) }))} data-testid="demand-collateral" />
            </Form.Item>
            <Form.Item
              name="maxRatePercent"
              label={t('demand.maxRate')}
              rules={[{ validator: (_, value: string | undefined) => (!value || parsePercentToBp(value) !== undefined ? Promise.resolve() : Promise.reject(new Error(t('demand.rateInvalid')))) }]}
            >
              <Input inputMode="decimal" suffix="%" data-testid="demand-max-rate" />
            </Form.Item>
            {kind === 'equity' ? (
              <Row gutter={12}>
                <Col span={12}>
                  <Form.Item name="equityRound" label={t('demand.equityRound')}>
                    <Input maxLength={40} />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name="valuationWan" label={t('demand.valuationWan')} rules={[wanRule]}>
                    <Input inputMode="decimal" />
                  </Form.Item>
                </Col>
              </Row>
            ) : null}
            <Form.Item name="dispatchMode" label={t('demand.dispatch')}>
              <Radio.Group
                options={[
                  { value: 'open', label: t('demand.dispatch.open') },
                  { value: 'chosen', label: t('demand.dispatch.chosen') },
                ]}
                data-testid="demand-dispatch"
              />
            </Form.Item>
            {dispatchMode === 'chosen' ? (
              <Form.Item name="institutionCodes" label={t('demand.institutions')} rules={[{ required: true, type: 'array', min: 1, message: t('demand.pickInstitutions') }]}>
                <InstitutionPicker testId="demand-institutions" />
              </Form.Item>
            ) : null}
            <Form.Item name="claimCap" label={t('demand.claimCap')}>
              <InputNumber min={1} max={10} precision={0} data-testid="demand-claim-cap" />
            </Form.Item>
          </Form>
        </Col>
        <Col span={12}>
          <MatchesPanel matches={live.matches} isLoading={live.isLoading} error={live.error} />
        </Col>
      </Row>
    </Drawer>
  );
}
