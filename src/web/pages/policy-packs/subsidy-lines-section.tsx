import { WarningOutlined } from '@ant-design/icons';
import { Card, Space, Table, Tag, Tooltip, Typography, theme } from 'antd';
import type { SubsidyLineView } from '../../api/types.ts';
import { formatParameterValue } from '../../format/format-policy-values.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

type ParameterView = SubsidyLineView['parameters'][number];

/** 奖补项目: each payment's parameters; those the document leaves open stand out in the warning colour. */
export function SubsidyLinesSection({ lines }: { lines: SubsidyLineView[] }) {
  const { t } = useI18n();
  return (
    <Card title={t('policy.subsidyLines')} size="small" style={{ marginBottom: 24 }}>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {lines.map((line) => (
          <SubsidyLineCard key={line.code} line={line} />
        ))}
      </Space>
    </Card>
  );
}

function SubsidyLineCard({ line }: { line: SubsidyLineView }) {
  const { t, pick, language } = useI18n();
  const { token } = theme.useToken();
  return (
    <Card
      type="inner"
      size="small"
      data-testid={`subsidy-line-${line.code}`}
      title={
        <Space wrap>
          <span>{pick(line.name)}</span>
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            {line.clause}
          </Typography.Text>
        </Space>
      }
      extra={
        line.isComputable ? (
          <Tag color="success">{t('policy.computable')}</Tag>
        ) : (
          <Tooltip title={t('policy.openParameterHint')}>
            <Tag color="warning" icon={<WarningOutlined />}>
              {t('policy.notComputable')} · {t('policy.openCount', { count: line.openParameters.length })}
            </Tag>
          </Tooltip>
        )
      }
    >
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">{t('policy.beneficiaryLabel')}</Typography.Text>
        {pick(line.beneficiary)}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
        {t('policy.quoted', { text: line.sourceText })}
      </Typography.Paragraph>
      <Table<ParameterView>
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={line.parameters}
        scroll={{ x: 760 }}
        onRow={(parameter) => (parameter.isOpen ? { style: { background: token.colorWarningBg }, 'data-open-parameter': parameter.code } as never : {})}
        columns={[
          { title: t('policy.parameter'), key: 'name', width: 260, render: (_, parameter) => pick(parameter.name) },
          {
            title: t('policy.parameterValue'),
            key: 'value',
            width: 220,
            render: (_, parameter) => {
              const text = formatParameterValue(parameter, language);
              if (text !== undefined) return <Typography.Text strong>{text}</Typography.Text>;
              return (
                <Tooltip title={t('policy.openParameterHint')}>
                  <Tag color="warning" icon={<WarningOutlined />} data-testid="open-parameter">
                    {t('policy.openParameter')}
                  </Tag>
                </Tooltip>
              );
            },
          },
          {
            title: t('policy.note'),
            key: 'note',
            render: (_, parameter) => (
              // The darker warning text colour keeps the note readable on the row's warning background.
              <Typography.Text type={parameter.isOpen ? undefined : 'secondary'} style={parameter.isOpen ? { color: token.colorWarningTextActive } : undefined}>
                {parameter.note ?? (parameter.sourceText ? `“${parameter.sourceText}”` : '')}
              </Typography.Text>
            ),
          },
        ]}
      />
    </Card>
  );
}
