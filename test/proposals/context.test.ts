/** Proposal ids begin with their organisation, the partition a proposal is read from. */
import { describe, expect, it } from 'vitest';
import { orgOfProposalId } from '../../functions/proposals/context.js';

describe('orgOfProposalId', () => {
  it('is the text before the first dot, and nothing when there is none before it', () => {
    expect(orgOfProposalId('herning.bic-01')).toBe('herning');
    expect(orgOfProposalId('herning.bic.01')).toBe('herning');
    expect(orgOfProposalId('.bic-01')).toBeUndefined();
    expect(orgOfProposalId('herning')).toBeUndefined();
    expect(orgOfProposalId('')).toBeUndefined();
  });
});
