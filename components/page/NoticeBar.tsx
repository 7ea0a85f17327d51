export interface NoticeBarProps {
  message: string;
  onRetry?: () => void;
  onDismiss: () => void;
}

/** A message Marginalia must tell the reader on the page, such as a save that failed. */
export function NoticeBar({ message, onRetry, onDismiss }: NoticeBarProps) {
  return (
    <div class="panel notice" role="alert" style={{ right: '16px', bottom: '16px', padding: '8px 10px' }}>
      <span>{message}</span>
      <div class="row">
        {onRetry && (
          <button type="button" class="primary" onClick={onRetry}>
            Retry
          </button>
        )}
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
