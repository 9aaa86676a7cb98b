import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { enterprisesApi, type FactSubject } from '../../api/registry-api.ts';
import { asApiError } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import type { BuiltRecord } from './fact-record.ts';
import { fieldErrorsOf } from './server-field-errors.ts';

export interface FactSave {
  isSaving: boolean;
  /** Refusals that belong to no field of the form. */
  generalErrors: string[];
  /** Shows the form's own errors, or sends the record and shows the server's; true when saved. */
  save(built: BuiltRecord, key: Record<string, unknown>): Promise<boolean>;
  reset(): void;
}

/** Saving one subject's facts from an edit form: field errors under their fields, the outcome as a message. */
export function useFactSave(uscc: string, subject: FactSubject, form: FormInstance, fields: readonly string[]): FactSave {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const [isSaving, setIsSaving] = useState(false);
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);

  const showFieldErrors = (byField: Record<string, string>) => form.setFields(Object.entries(byField).map(([name, error]) => ({ name, errors: [error] })));

  const save = async (built: BuiltRecord, key: Record<string, unknown>): Promise<boolean> => {
    setGeneralErrors([]);
    const ownErrors = Object.entries(built.errors) as Array<[string, MessageKey]>;
    if (ownErrors.length > 0) {
      showFieldErrors(Object.fromEntries(ownErrors.map(([field, messageKey]) => [field, t(messageKey)])));
      return false;
    }
    if (Object.keys(built.record).length === 0) {
      void message.info(t('edit.noChange'));
      return false;
    }
    setIsSaving(true);
    try {
      const result = await enterprisesApi.update(uscc, subject, { ...key, ...built.record });
      void message.success(result.changes.length > 0 ? t('edit.saved', { count: result.changes.length }) : t('edit.savedNothing'));
      return true;
    } catch (failure) {
      const errors = fieldErrorsOf(asApiError(failure), fields, language);
      showFieldErrors(errors.byField);
      setGeneralErrors(errors.general);
      return false;
    } finally {
      setIsSaving(false);
    }
  };
  return { isSaving, generalErrors, save, reset: () => setGeneralErrors([]) };
}
