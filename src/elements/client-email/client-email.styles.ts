import { css } from 'lit';

export const styles = css`
  input[readonly] {
    background: var(--_color-info-surface);
  }
  .field-error,
  .messages p {
    margin: 0;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    font-weight: normal;
    margin-block-end: calc(var(--_space) * 0.75);
  }
  .check input {
    min-block-size: auto;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    accent-color: var(--_color-primary);
  }
  .messages {
    margin-block-start: calc(var(--_space) * 0.5);
  }
`;
