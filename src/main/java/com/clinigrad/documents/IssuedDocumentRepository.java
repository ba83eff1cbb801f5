package com.clinigrad.documents;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface IssuedDocumentRepository extends JpaRepository<IssuedDocument, Long> {

	Optional<IssuedDocument> findByVerificationCode(String verificationCode);

	List<IssuedDocument> findByStudentIdOrderByRequestedAtDesc(long studentId);

	List<IssuedDocument> findByStaffNoAndStudentIdIsNullOrderByRequestedAtDesc(String staffNo);

}
