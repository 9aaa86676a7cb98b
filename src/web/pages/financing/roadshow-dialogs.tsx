import { DatePicker, Form, Input, Modal, Select, Switch, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { equityApi } from '../../api/financing-api.ts';
import type { RoadshowOutcomeInput, RoadshowView } from '../../api/types.ts';
import { useSave } from '../../api/use-save.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';

const outcomes = ['follow_up', 'term_sheet', 'invested', 'no_interest'] as const;

/** 新建路演: title, date (today or later) and venue. */
export function RoadshowDialog({ onClose, onCreated }: { onClose(): void; onCreated(roadshow: RoadshowView): void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ title: string; heldOn: Dayjs; location: string }>();
  const save = useSave(() => {
    const values = form.getFieldsValue();
    return equityApi.createRoadshow({ title: values.title, heldOn: values.heldOn.format('YYYY-MM-DD'), location: values.location });
  }, onCreated);
  return (
    <Modal open title={t('roadshow.new')} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={save.isSaving} onOk={() => void form.validateFields().then(save.run, () => undefined)} onCancel={onClose}>
      <ErrorAlert error={save.error} />
      <Form form={form} layout="vertical" name="new-roadshow" initialValues={{ heldOn: dayjs().add(14, 'day') }}>
        <Form.Item name="title" label={t('roadshow.title')} rules={[{ required: true, min: 2, max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="heldOn" label={t('roadshow.heldOn')} rules={[{ required: true }]}>
          <DatePicker disabledDate={(date) => date.isBefore(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="location" label={t('roadshow.location')} rules={[{ required: true, min: 2, max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type Participant = RoadshowOutcomeInput['participants'][number] & { name: string; role: 'presenter' | 'investor' };

/** 记录结果: who attended and what came of it for each registration, and a summary. */
export function RoadshowOutcomeDialog({ roadshow, onClose, onSaved }: { roadshow: RoadshowView; onClose(): void; onSaved(): void }) {
  const { t } = useI18n();
  const [summary, setSummary] = useState(roadshow.summary ?? '');
  const [participants, setParticipants] = useState<Participant[]>(
    roadshow.registrations.map((entry) => ({ organisationCode: entry.organisation.code, name: entry.organisation.name, role: entry.role, attended: entry.attended ?? true, outcome: (entry.outcome as Participant['outcome']) ?? undefined, outcomeNote: entry.outcomeNote ?? undefined })),
  );
  const change = (code: string, patch: Partial<Participant>) => setParticipants((list) => list.map((entry) => (entry.organisationCode === code ? { ...entry, ...patch } : entry)));
  const save = useSave(
    () => equityApi.recordOutcome(roadshow.id, { summary: summary.trim() || undefined, participants: participants.map(({ organisationCode, attended, outcome, outcomeNote }) => ({ organisationCode, attended, outcome, outcomeNote: outcomeNote?.trim() || undefined })) }),
    () => onSaved(),
  );
  return (
    <Modal open width={820} title={`${t('roadshow.recordOutcome')} · ${roadshow.title}`} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={save.isSaving} onOk={() => void save.run()} onCancel={onClose}>
      <ErrorAlert error={save.error} />
      <Table<Participant>
        rowKey="organisationCode"
        size="small"
        pagination={false}
        dataSource={participants}
        columns={[
          { title: t('roadshow.participant'), dataIndex: 'name' },
          { title: t('roadshow.role'), dataIndex: 'role', width: 100, render: (role: Participant['role']) => t(`roadshow.role.${role}`) },
          { title: t('roadshow.attended'), dataIndex: 'attended', width: 70, render: (attended: boolean, row) => <Switch size="small" checked={attended} onChange={(value) => change(row.organisationCode, { attended: value })} /> },
          {
            title: t('roadshow.outcome'),
            dataIndex: 'outcome',
            width: 170,
            render: (outcome: Participant['outcome'], row) => (
              <Select allowClear size="small" style={{ width: 150 }} value={outcome} onChange={(value) => change(row.organisationCode, { outcome: value })} options={outcomes.map((value) => ({ value, label: t(`roadshow.outcome.${value}`) }))} data-testid={`outcome-${row.organisationCode}`} />
            ),
          },
          { title: t('roadshow.outcomeNote'), dataIndex: 'outcomeNote', render: (note: string | undefined, row) => <Input size="small" maxLength={500} value={note} onChange={(event) => change(row.organisationCode, { outcomeNote: event.target.value })} /> },
        ]}
      />
      <label htmlFor="roadshow-summary" style={{ display: 'block', marginTop: 16 }}>
        {t('roadshow.summary')}
      </label>
      <Input.TextArea id="roadshow-summary" rows={3} maxLength={2000} showCount value={summary} onChange={(event) => setSummary(event.target.value)} />
    </Modal>
  );
}
