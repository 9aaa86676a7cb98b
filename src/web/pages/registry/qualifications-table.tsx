import { Empty, Space, Table, Tag, type TableColumnsType } from 'antd';
import type { EnterpriseDetail } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { qualificationName } from '../../i18n/registry-names.ts';
import { SourceLegend, SourceMark } from './source-mark.tsx';
import { sourceIdsOf, useSources } from './sources-context.tsx';

type Qualification = EnterpriseDetail['qualifications'][number];

/** Today in 湖州 (Asia/Shanghai) as YYYY-MM-DD, to say why a certificate is not valid today. */
function shanghaiToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

function validityOf(qualification: Qualification): { key: MessageKey; colour: string } {
  if (qualification.isValidToday) return { key: 'detail.validToday', colour: 'green' };
  if (qualification.values.isRevoked === true) return { key: 'detail.revoked', colour: 'red' };
  const validFrom = qualification.values.validFrom;
  if (typeof validFrom === 'string' && validFrom > shanghaiToday()) return { key: 'detail.notYetValid', colour: 'gold' };
  return { key: 'detail.expired', colour: 'default' };
}

/** 资质: each certificate with its validity (valid today, expired, revoked, not yet valid) and sources. */
export function QualificationsTable({ qualifications }: { qualifications: Qualification[] }) {
  const { t, language } = useI18n();
  const sources = useSources();
  if (qualifications.length === 0) return <Empty description={t('detail.noQualifications')} />;
  const text = (qualification: Qualification, field: string) => {
    const value = qualification.values[field];
    if (value === null || value === undefined || value === '') return '—';
    return (
      <>
        {String(value)}
        <SourceMark sourceId={qualification.sources[field]} />
      </>
    );
  };
  const columns: TableColumnsType<Qualification> = [
    { title: t('detail.kind'), dataIndex: 'kind', width: 200, render: (kind: string) => qualificationName(kind, language) },
    { title: t('detail.certificateNumber'), dataIndex: 'certificateNumber', width: 190 },
    {
      title: t('detail.validity'),
      key: 'validity',
      width: 260,
      render: (_, qualification) => (
        <Space size={4}>
          {text(qualification, 'validFrom')}
          <span>~</span>
          {qualification.values.validTo ? text(qualification, 'validTo') : t('detail.openEnded')}
        </Space>
      ),
    },
    { title: t('field.programme'), key: 'programme', render: (_, qualification) => text(qualification, 'programme') },
    { title: t('field.level'), key: 'level', width: 120, render: (_, qualification) => text(qualification, 'level') },
    {
      title: t('common.status'),
      key: 'status',
      width: 110,
      render: (_, qualification) => {
        const validity = validityOf(qualification);
        return (
          <Tag color={validity.colour} data-testid="qualification-validity">
            {t(validity.key)}
          </Tag>
        );
      },
    },
  ];
  return (
    <>
      <Table<Qualification> rowKey="id" size="small" bordered columns={columns} dataSource={qualifications} pagination={false} scroll={{ x: 1000 }} data-testid="qualifications-table" />
      <SourceLegend sourceIds={sourceIdsOf(qualifications, sources)} />
    </>
  );
}
