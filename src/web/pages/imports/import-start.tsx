import { FileExcelOutlined, FileTextOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Radio, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { ApiError } from '../../api/api-client.ts';
import { importsApi } from '../../api/registry-api.ts';
import type { ImportKind } from '../../api/types.ts';
import { asApiError } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { importKindName, importKinds } from '../../i18n/registry-names.ts';
import { navigate, useLocation } from '../../routing/router.tsx';
import { ImportSteps } from './import-steps.tsx';
import { templateHeaders } from './template-columns.ts';
import { keepUploadAnswer } from './upload-answers.ts';

function kindOf(value: string | null): ImportKind | undefined {
  return (importKinds as readonly string[]).includes(value ?? '') ? (value as ImportKind) : undefined;
}

/** Steps one and two: which list this is, its template, and the file to check. The kind stays in the address. */
export function ImportStart() {
  const { t, language } = useI18n();
  const { search } = useLocation();
  const kind = kindOf(search.get('kind'));
  const [file, setFile] = useState<File | undefined>(undefined);
  const [isUploading, setIsUploading] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);

  const upload = async () => {
    if (!kind || !file) return;
    setIsUploading(true);
    setError(undefined);
    try {
      const uploaded = await importsApi.upload(kind, file);
      keepUploadAnswer(uploaded);
      navigate(`/imports/${encodeURIComponent(uploaded.id)}`);
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setIsUploading(false);
    }
  };

  return (
    <>
      <ImportSteps current={kind ? 1 : 0} />
      <Card size="small" title={t('imports.kindLabel')} style={{ marginBottom: 16 }}>
        <Radio.Group value={kind} onChange={(event) => navigate(`/imports?kind=${event.target.value as string}`, { replace: true })} data-testid="import-kind">
          <Space orientation="vertical" size={10}>
            {importKinds.map((value) => (
              <Radio key={value} value={value}>
                <Typography.Text strong>{importKindName(value, language)}</Typography.Text>
                <Typography.Text type="secondary" style={{ marginInlineStart: 12 }}>
                  {t(`imports.kind.${value}`)}
                </Typography.Text>
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </Card>
      {kind ? (
        <Card size="small" title={t('imports.template')} style={{ marginBottom: 16 }} data-testid="template-card">
          <Space size={24} wrap>
            <a href={importsApi.templateUrl(kind, 'xlsx')} download data-testid="template-xlsx">
              <FileExcelOutlined /> {t('imports.templateXlsx')}
            </a>
            <a href={importsApi.templateUrl(kind, 'csv')} download data-testid="template-csv">
              <FileTextOutlined /> {t('imports.templateCsv')}
            </a>
          </Space>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {t('imports.columns')}
            {templateHeaders(kind)
              .map((column) => (column.isRequired ? `${column.header}*` : column.header))
              .join(language === 'en-US' ? ', ' : '、')}
          </Typography.Paragraph>
        </Card>
      ) : null}
      <ErrorAlert error={error} />
      <Upload.Dragger
        accept=".xlsx,.csv"
        maxCount={1}
        disabled={!kind}
        beforeUpload={(chosen) => {
          setFile(chosen);
          setError(undefined);
          return false;
        }}
        onRemove={() => setFile(undefined)}
        fileList={file ? [{ uid: 'chosen', name: file.name, status: 'done' }] : []}
        data-testid="import-file"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{kind ? t('imports.chooseFile') : t('imports.chooseKindFirst')}</p>
        <p className="ant-upload-hint">{t('imports.fileHint')}</p>
      </Upload.Dragger>
      <Button type="primary" icon={<UploadOutlined />} style={{ marginTop: 16 }} disabled={!kind || !file} loading={isUploading} onClick={() => void upload()} data-testid="upload-import">
        {isUploading ? t('imports.uploading') : t('imports.upload')}
      </Button>
    </>
  );
}
