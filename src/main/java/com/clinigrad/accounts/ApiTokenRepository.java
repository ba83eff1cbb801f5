package com.clinigrad.accounts;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	List<ApiToken> findByAccountIdOrderByCreatedAtDescIdDesc(long accountId);

	Optional<ApiToken> findByIdAndAccountId(long id, long accountId);

	long countByAccountIdAndRevokedAtIsNullAndExpiresAtAfter(long accountId, java.time.Instant now);

}
