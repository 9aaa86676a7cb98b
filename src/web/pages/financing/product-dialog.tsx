import { Checkbox, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import type { ApiError } from '../../api/api-client.ts';
import { productsApi } from '../../api/financing-api.ts';
import type { ProductInput, ProductView } from '../../api/types.ts';
import { asApiError } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { formatRateBp, parsePercentToBp } from '../../format/format-rate.ts';
import { fenToWanText, parseWanToFen } from '../../format/wan-to-fen.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { demandKindName, demandKinds, productTypeName, productTypes } from '../../i18n/financing-names.ts';
import { describeEligibility } from './eligibility-text.ts';

interface ProductForm {
  name: string;
  nameEn?: string;
  productType: ProductInput['productType'];
  demandKind: ProductInput['demandKind'];
  minAmountWan?: string;
  maxAmountWan?: string;
  minTermMonths?: number | null;
  maxTermMonths?: number | null;
  minRatePercent?: string;
  maxRatePercent?: string;
  eligibilityJson?: string;
  description?: string;
  launchedOn: Dayjs;
  isNewUnderPolicy: boolean;
  status: ProductInput['status'];
}

const fen = (text: string | undefined) => {
  if (!text?.trim()) return undefined;
  const parsed = parseWanToFen(text);
  return parsed.isOk ? parsed.fen : undefined;
};
const bp = (text: string | undefined) => (text?.trim() ? parsePercentToBp(text) : undefined);
const percentText = (value: number | null) => (value === null ? undefined : formatRateBp(value).replace('%', ''));

function parseRule(text: string | undefined): { rule: unknown } | { isInvalid: true } {
  if (!text?.trim()) return { rule: null };
  try {
    return { rule: JSON.parse(text) as unknown };
  } catch {
    return { isInvalid: true };
  }
}

function toForm(product: ProductView | undefined): Partial<ProductForm> {
  if (!product) return { productType: 'credit_loan', demandKind: 'debt', launchedOn: dayjs(), isNewUnderPolicy: true, status: 'active' };
  return {
    name: product.name,
    nameEn: product.nameEn ?? undefined,
    productType: product.productType,
    demandKind: product.demandKind,
    minAmountWan: product.minAmountFen === null ? undefined : fenToWanText(product.minAmountFen),
    maxAmountWan: product.maxAmountFen === null ? undefined : fenToWanText(product.maxAmountFen),
    minTermMonths: product.minTermMonths,
    maxTermMonths: product.maxTermMonths,
    minRatePercent: percentText(product.minRateBp),
    maxRatePercent: percentText(product.maxRateBp),
    eligibilityJson: product.eligibility ? JSON.stringify(product.eligibility, null, 2) : '',
    description: product.description ?? undefined,
    launchedOn: dayjs(product.launchedOn),
    isNewUnderPolicy: product.isNewUnderPolicy,
    status: product.status,
  };
}

/** 新增 / 编辑产品. The eligibility rule is JSON checked by the server, shown in words as it is typed. */
export function ProductDialog({ product, isOpen, onClose, onSaved }: { product: ProductView | undefined; isOpen: boolean; onClose(): void; onSaved(saved: ProductView): void }) {
  const { t, language } = useI18n();
  const [form] = Form.useForm<ProductForm>();
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [isSaving, setIsSaving] = useState(false);
  const ruleText = Form.useWatch('eligibilityJson', form);
  const parsedRule = parseRule(ruleText);
  useEffect(() => {
    if (isOpen) {
      form.resetFields();
      form.setFieldsValue(toForm(product));
      setError(undefined);
    }
  }, [isOpen, product, form]);

  const submit = async () => {
    const values = await form.validateFields();
    const rule = parseRule(values.eligibilityJson);
    if ('isInvalid' in rule) return;
    const input: ProductInput = {
      name: values.name,
      nameEn: values.nameEn || undefined,
      productType: values.productType,
      demandKind: values.demandKind,
      minAmountFen: fen(values.minAmountWan),
      maxAmountFen: fen(values.maxAmountWan),
      minTermMonths: values.minTermMonths ?? undefined,
      maxTermMonths: values.maxTermMonths ?? undefined,
      minRateBp: bp(values.minRatePercent),
      maxRateBp: bp(values.maxRatePercent),
      eligibility: rule.rule as ProductInput['eligibility'],
      description: values.description || undefined,
      launchedOn: values.launchedOn.format('YYYY-MM-DD'),
      isNewUnderPolicy: values.isNewUnderPolicy,
      status: values.status,
    };
    setIsSaving(true);
    setError(undefined);
    try {
      onSaved(product ? await productsApi.update(product.id, input) : await productsApi.create(input));
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setIsSaving(false);
    }
  };
  const wanRule = { validator: (_: unknown, value: string | undefined) => (!value?.trim() || fen(value) !== undefined ? Promise.resolve() : Promise.reject(new Error(t('demand.amountInvalid')))) };
  const rateRule = { validator: (_: unknown, value: string | undefined) => (!value?.trim() || bp(value) !== undefined ? Promise.resolve() : Promise.reject(new Error(t('demand.rateInvalid')))) };
  return (
    <Modal
      open={isOpen}
      title={product ? t('product.editTitle', { name: product.name }) : t('product.new')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={isSaving}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      width={760}
      forceRender
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" name="product" requiredMark>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="name" label={t('product.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }, { min: 2, message: t('product.nameTooShort') }]}>
              <Input maxLength={100} data-testid="product-name" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="nameEn" label={t('product.nameEn')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="productType" label={t('product.type')} rules={[{ required: true }]}>
              <Select options={productTypes.map((value) => ({ value, label: productTypeName(value, language) }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="demandKind" label={t('product.demandKind')} rules={[{ required: true }]}>
              <Select options={demandKinds.map((value) => ({ value, label: demandKindName(value, language) }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="status" label={t('product.status')}>
              <Select options={(['active', 'suspended', 'retired'] as const).map((value) => ({ value, label: t(`product.status.${value}`) }))} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="minAmountWan" label={t('product.minAmountWan')} rules={[wanRule]}>
              <Input inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="maxAmountWan" label={t('product.maxAmountWan')} rules={[wanRule]}>
              <Input inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="minTermMonths" label={t('product.minTerm')}>
              <InputNumber min={0} max={600} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="maxTermMonths" label={t('product.maxTerm')}>
              <InputNumber min={0} max={600} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="minRatePercent" label={t('product.minRate')} rules={[rateRule]}>
              <Input inputMode="decimal" suffix="%" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="maxRatePercent" label={t('product.maxRate')} rules={[rateRule]}>
              <Input inputMode="decimal" suffix="%" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="launchedOn" label={t('product.launchedOn')} rules={[{ required: true, message: t('common.required') }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="isNewUnderPolicy" valuePropName="checked" label=" ">
              <Checkbox>{t('product.isNewUnderPolicy')}</Checkbox>
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="eligibilityJson"
          label={t('product.eligibilityJson')}
          rules={[{ validator: (_, value: string | undefined) => ('isInvalid' in parseRule(value) ? Promise.reject(new Error(t('product.eligibilityInvalidJson'))) : Promise.resolve()) }]}
          extra={'isInvalid' in parsedRule ? undefined : <Typography.Text type="secondary" data-testid="eligibility-words">{describeEligibility(parsedRule.rule, language)}</Typography.Text>}
        >
          <Input.TextArea rows={4} style={{ fontFamily: 'monospace' }} data-testid="product-eligibility" />
        </Form.Item>
        <Form.Item name="description" label={t('product.description')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
