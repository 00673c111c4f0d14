import { css } from 'lit';

export const styles = css`
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  .details { margin: 0; }
`;
