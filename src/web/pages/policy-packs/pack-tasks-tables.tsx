import { Card, Table, Tooltip, Typography } from 'antd';
import type { Department, KeyTask, MainTask } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { departmentNamer } from './department-names.ts';

/** 三、主要任务: the eight tasks and the departments responsible for each. */
export function MainTasksTable({ tasks, departments }: { tasks: MainTask[]; departments: Department[] }) {
  const { t, pick, language } = useI18n();
  const names = departmentNamer(departments, language);
  return (
    <Card title={t('policy.mainTasks')} size="small" style={{ marginBottom: 24 }}>
      <Table<MainTask>
        rowKey="number"
        size="small"
        pagination={false}
        dataSource={tasks}
        scroll={{ x: 900 }}
        columns={[
          { title: t('policy.number'), dataIndex: 'number', width: 64 },
          {
            title: t('policy.task'),
            key: 'title',
            width: 300,
            render: (_, task) => (
              <Tooltip title={pick(task.summary)} placement="topLeft">
                <span>{pick(task.title)}</span>
              </Tooltip>
            ),
          },
          { title: t('policy.responsible'), key: 'responsible', render: (_, task) => names(task.responsibleDepartments) },
          { title: t('policy.clause'), dataIndex: 'clause', width: 100 },
        ]}
      />
    </Card>
  );
}

/** 附件：科技金融重点工作清单 — each task with its lead (牵头) and responsible (责任) departments. */
export function KeyTasksTable({ tasks, departments }: { tasks: KeyTask[]; departments: Department[] }) {
  const { t, pick, language } = useI18n();
  const names = departmentNamer(departments, language);
  return (
    <Card title={t('policy.keyTasks')} size="small" data-testid="key-tasks">
      <Table<KeyTask>
        rowKey="number"
        size="small"
        pagination={false}
        dataSource={tasks}
        scroll={{ x: 1000 }}
        columns={[
          { title: t('policy.number'), dataIndex: 'number', width: 64 },
          {
            title: t('policy.task'),
            key: 'text',
            render: (_, task) => (
              <>
                <div>{pick(task.text)}</div>
                {task.sourceNote ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {task.sourceNote}
                  </Typography.Text>
                ) : null}
              </>
            ),
          },
          { title: t('policy.lead'), key: 'lead', width: 240, render: (_, task) => names(task.leadDepartments) },
          { title: t('policy.responsible'), key: 'responsible', width: 260, render: (_, task) => names(task.responsibleDepartments) || '—' },
          { title: t('policy.clause'), dataIndex: 'clause', width: 110 },
        ]}
      />
    </Card>
  );
}
