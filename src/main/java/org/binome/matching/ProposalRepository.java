package org.binome.matching;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ProposalRepository extends ListCrudRepository<Proposal, Long> {

    List<Proposal> findByProgramIdAndStatusIn(long programId, Collection<Proposal.Status> statuses);

    List<Proposal> findByProgramId(long programId);

    /** The proposal's status, its row held until the transaction ends. */
    @Query("select status from matching_proposal where id = :id for update")
    Optional<String> holdStatus(long id);
}
