import { Steps } from 'antd';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** Where the officer is: 选择数据类型 → 下载模板并上传 → 校验预览 → 导入结果. */
export function ImportSteps({ current }: { current: 0 | 1 | 2 | 3 }) {
  const { t } = useI18n();
  return (
    <Steps
      size="small"
      current={current}
      style={{ marginBottom: 24, maxWidth: 900 }}
      items={[{ title: t('imports.step.kind') }, { title: t('imports.step.file') }, { title: t('imports.step.preview') }, { title: t('imports.step.result') }]}
    />
  );
}
