import { PictureOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useRef, type ReactNode } from 'react';
import { IMAGE_MIME_TYPES } from '../../../../core/model/index.ts';

/** A button that opens the file dialog for PNG and JPEG photos (several at once). */
export function AddPhotosButton({ onFiles, children, testId }: { onFiles(files: File[]): void; children: ReactNode; testId: string }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button icon={<PictureOutlined />} onClick={() => input.current?.click()} data-testid={testId}>
        {children}
      </Button>
      <input
        ref={input}
        type="file"
        accept={IMAGE_MIME_TYPES.join(',')}
        multiple
        hidden
        // Inline as well: Ant Design's form CSS gives file inputs display:block, which beats the hidden attribute.
        style={{ display: 'none' }}
        aria-label={typeof children === 'string' ? children : undefined}
        data-testid={`${testId}-input`}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Reset so choosing the same file again still fires a change.
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}
