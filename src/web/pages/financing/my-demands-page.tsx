import { PlusOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { navigate } from '../../routing/router.tsx';
import { DemandsTable } from './demands-table.tsx';
import { PostDemandDrawer } from './post-demand-drawer.tsx';
import { useDemandList } from './use-demand-list.ts';

/** 我的融资需求: the enterprise's demands with their status; a new one is posted beside its live matches. */
export function MyDemandsPage() {
  const { t } = useI18n();
  const [isPosting, setIsPosting] = useState(false);
  const demands = useDemandList('enterprise');
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('demand.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsPosting(true)} data-testid="post-demand">
          {t('demand.post')}
        </Button>
      </Space>
      <DemandsTable list={demands} emptyText={t('demand.none')} testId="my-demands-table" />
      <PostDemandDrawer
        isOpen={isPosting}
        onClose={() => setIsPosting(false)}
        onPosted={(demandId) => {
          setIsPosting(false);
          navigate(`/financing/demands/${encodeURIComponent(demandId)}`);
        }}
      />
    </>
  );
}
