package org.binome.matching;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ProposalRepository extends ListCrudRepository<Proposal, Long> {

    List<Proposal> findByProgramIdAndStatusIn(long programId, Collection<Proposal.Status> statuses);

    List<Proposal> findByProgramId(long programId);
}
