package com.clinigrad.documents;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.clinigrad.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The local file store (put, get, checksum read back, delete, never outside its
 * directory) and the one table of a document's status changes.
 */
class LocalFileStoreAndStatusTests {

	@TempDir
	Path root;

	@Test
	void storesReadsChecksAndDeletesFilesUnderItsDirectoryOnly() throws Exception {
		LocalFileStore store = new LocalFileStore(this.root);
		byte[] content = "在读证明".getBytes(StandardCharsets.UTF_8);
		String sha = store.put("documents/2026/CG2026000001.pdf", content);
		assertThat(sha).hasSize(64).isEqualTo(FileStore.sha256(content));
		assertThat(store.get("documents/2026/CG2026000001.pdf")).isEqualTo(content);
		assertThat(store.checksum("documents/2026/CG2026000001.pdf")).isEqualTo(sha);

		Files.writeString(this.root.resolve("documents/2026/CG2026000001.pdf"), "changed");
		assertThat(store.checksum("documents/2026/CG2026000001.pdf")).isNotEqualTo(sha);

		store.delete("documents/2026/CG2026000001.pdf");
		assertThatThrownBy(() -> store.get("documents/2026/CG2026000001.pdf"))
			.isInstanceOf(StoredFileMissingException.class);
		assertThatThrownBy(() -> store.put("../outside.pdf", content)).isInstanceOf(IllegalArgumentException.class);
		assertThat(Files.exists(this.root.resolveSibling("outside.pdf"))).isFalse();
	}

	@Test
	void aRequestIsIssuedRefusedOrWithdrawnAndOnlyAnIssuedDocumentRevoked() {
		assertThat(DocumentStatus.REQUESTED.after(DocumentAction.ISSUE)).isEqualTo(DocumentStatus.ISSUED);
		assertThat(DocumentStatus.REQUESTED.after(DocumentAction.REJECT)).isEqualTo(DocumentStatus.REJECTED);
		assertThat(DocumentStatus.REQUESTED.after(DocumentAction.WITHDRAW)).isEqualTo(DocumentStatus.WITHDRAWN);
		assertThat(DocumentStatus.ISSUED.after(DocumentAction.REVOKE)).isEqualTo(DocumentStatus.REVOKED);
		assertThatThrownBy(() -> DocumentStatus.REQUESTED.after(DocumentAction.REVOKE))
			.isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> DocumentStatus.ISSUED.after(DocumentAction.WITHDRAW))
			.isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> DocumentStatus.REVOKED.after(DocumentAction.ISSUE))
			.isInstanceOf(BusinessRuleException.class);
		assertThat(DocumentStatus.REVOKED.downloadable()).isTrue();
		assertThat(DocumentStatus.WITHDRAWN.downloadable()).isFalse();
	}

	@Test
	void theEnrollmentCertificateOnlyWhileInTraining() {
		assertThat(DocumentKind.ENROLLMENT_CERTIFICATE.allows(com.clinigrad.students.StudentStatus.DELAYED)).isTrue();
		assertThat(DocumentKind.ENROLLMENT_CERTIFICATE.allows(com.clinigrad.students.StudentStatus.GRADUATED))
			.isFalse();
		assertThat(DocumentKind.DEGREE_GRADUATION.allows(com.clinigrad.students.StudentStatus.ENROLLED)).isFalse();
		assertThat(DocumentKind.ENROLLMENT_CERTIFICATE.needsApproval()).isFalse();
		assertThat(DocumentKind.DEGREE_GRADUATION.needsApproval()).isTrue();
	}

	@Test
	void aStatementKeepsItsLinesThroughStorage() {
		Statement statement = new Statement(
				java.util.List.of(new Statement.Line("姓名", "张三"), new Statement.Line("Program", "Clinical\tMedicine")));
		assertThat(Statement.parse(statement.stored()).lines()).containsExactly(new Statement.Line("姓名", "张三"),
				new Statement.Line("Program", "Clinical Medicine"));
	}

}
