import { Alert, App, Button, Checkbox, DatePicker, Form, Input, Skeleton, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import type { ApiError } from '../../api/api-client.ts';
import { institutionsApi } from '../../api/financing-api.ts';
import { asApiError, useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useCurrentUser } from '../../session/session-context.tsx';

interface ProfileForm {
  isTechFinanceSpecialised: boolean;
  techFinanceSpecialisedSince?: Dayjs | null;
  hasTechFinanceDivision: boolean;
  techFinanceDivisionName?: string;
  techFinanceDivisionSince?: Dayjs | null;
  isSettledInGreenFinanceCentre: boolean;
  settledInGreenFinanceCentreSince?: Dayjs | null;
}

const day = (value: string | null | undefined) => (value ? dayjs(value) : null);
const text = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);
/** A flag's date is when it began: never a day still to come. */
const isFuture = (date: Dayjs) => date.isAfter(dayjs(), 'day');
/** The date and name of a flag sit under its checkbox, indented as its details. */
const detailStyle = { marginInlineStart: 24 };

/** 机构信息: the institution's own tech-finance flags and since when, as the registry and the policy targets count them. */
export function InstitutionProfileForm() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { user } = useCurrentUser();
  const [form] = Form.useForm<ProfileForm>();
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [isSaving, setIsSaving] = useState(false);
  const registry = useApi(() => institutionsApi.registry(), []);
  // The signed-in user carries no organisation code; the registry entry is found by id, or else by name.
  const own = registry.data?.items.find((item) => item.profile?.organisationId === user.organisationId) ?? registry.data?.items.find((item) => item.name === user.organisationName);
  const isSpecialised = Form.useWatch('isTechFinanceSpecialised', form);
  const hasDivision = Form.useWatch('hasTechFinanceDivision', form);
  const isSettled = Form.useWatch('isSettledInGreenFinanceCentre', form);
  useEffect(() => {
    const profile = own?.profile;
    form.setFieldsValue({
      isTechFinanceSpecialised: profile?.isTechFinanceSpecialised ?? false,
      techFinanceSpecialisedSince: day(profile?.techFinanceSpecialisedSince),
      hasTechFinanceDivision: profile?.hasTechFinanceDivision ?? false,
      techFinanceDivisionName: profile?.techFinanceDivisionName ?? undefined,
      techFinanceDivisionSince: day(profile?.techFinanceDivisionSince),
      isSettledInGreenFinanceCentre: profile?.isSettledInGreenFinanceCentre ?? false,
      settledInGreenFinanceCentreSince: day(profile?.settledInGreenFinanceCentreSince),
    });
  }, [own, form]);

  const save = async () => {
    if (!own) return;
    const values = await form.validateFields();
    setIsSaving(true);
    setError(undefined);
    try {
      await institutionsApi.saveProfile(own.code, {
        isTechFinanceSpecialised: values.isTechFinanceSpecialised,
        techFinanceSpecialisedSince: values.isTechFinanceSpecialised ? text(values.techFinanceSpecialisedSince) : null,
        hasTechFinanceDivision: values.hasTechFinanceDivision,
        techFinanceDivisionName: values.hasTechFinanceDivision ? values.techFinanceDivisionName || null : null,
        techFinanceDivisionSince: values.hasTechFinanceDivision ? text(values.techFinanceDivisionSince) : null,
        isSettledInGreenFinanceCentre: values.isSettledInGreenFinanceCentre,
        settledInGreenFinanceCentreSince: values.isSettledInGreenFinanceCentre ? text(values.settledInGreenFinanceCentreSince) : null,
      });
      void message.success(t('institution.profileSaved'));
      registry.reload();
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setIsSaving(false);
    }
  };
  if (registry.isLoading && !registry.data) return <Skeleton active />;
  const sinceRule = (isOn: boolean | undefined) => [{ required: Boolean(isOn), message: t('common.required') }];
  return (
    <div style={{ maxWidth: 560 }}>
      <Typography.Paragraph type="secondary">{t('institution.profileHint')}</Typography.Paragraph>
      {registry.data && !own ? <Alert type="warning" showIcon title={t('institution.profileNotFound')} style={{ marginBottom: 16 }} data-testid="profile-not-found" /> : null}
      <ErrorAlert error={registry.error ?? error} />
      <Form form={form} layout="vertical" name="institution-profile" disabled={!own}>
        <Form.Item name="isTechFinanceSpecialised" valuePropName="checked">
          <Checkbox>{t('institution.isSpecialised')}</Checkbox>
        </Form.Item>
        {isSpecialised ? (
          <Form.Item name="techFinanceSpecialisedSince" label={t('institution.specialisedSince')} rules={sinceRule(isSpecialised)} style={detailStyle}>
            <DatePicker disabledDate={isFuture} />
          </Form.Item>
        ) : null}
        <Form.Item name="hasTechFinanceDivision" valuePropName="checked">
          <Checkbox>{t('institution.hasDivision')}</Checkbox>
        </Form.Item>
        {hasDivision ? (
          <>
            <Form.Item name="techFinanceDivisionName" label={t('institution.divisionName')} style={detailStyle}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="techFinanceDivisionSince" label={t('institution.divisionSince')} rules={sinceRule(hasDivision)} style={detailStyle}>
              <DatePicker disabledDate={isFuture} />
            </Form.Item>
          </>
        ) : null}
        <Form.Item name="isSettledInGreenFinanceCentre" valuePropName="checked">
          <Checkbox>{t('institution.isSettled')}</Checkbox>
        </Form.Item>
        {isSettled ? (
          <Form.Item name="settledInGreenFinanceCentreSince" label={t('institution.settledSince')} rules={sinceRule(isSettled)} style={detailStyle}>
            <DatePicker disabledDate={isFuture} />
          </Form.Item>
        ) : null}
        <Button type="primary" loading={isSaving} onClick={() => void save().catch(() => undefined)} data-testid="save-profile">
          {t('common.save')}
        </Button>
      </Form>
    </div>
  );
}
