package org.binome.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.binome.privacy.AuditLog;
import org.binome.privacy.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** An HR import that is applied writes one audit entry: who, which import, the counts; never a name or an address. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class HrImportAuditTests {

    @Autowired
    HrImport hrImport;

    @Autowired
    AuditLog auditLog;

    private AuditTrail audit() {
        return new AuditTrail(auditLog);
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAppliedImportIsAuditedWithItsCountsOnly() {
        var p = "A" + UUID.randomUUID().toString().substring(0, 6) + "-";
        var csv = """
                matricule;prénom;nom;e-mail;direction;site;poste;matricule du manager;date d'entrée
                %1$s1;Agathe;Lemaire;agathe.lemaire@example.org;Essais;Rennes;Analyste;ML00001;15/03/2011
                %1$s2;Hugo;Carpentier;hugo.carpentier@example.org;Essais;Rennes;Testeur;%1$s1;2020-01-06
                """.formatted(p);
        var before = jdbc.sql("select coalesce(max(seq), 0) from audit_log")
                .query(Long.class)
                .single();

        var job = hrImport.importNow(
                "rh.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), false, false, "ML00020");

        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        var entries = audit().of("HR_IMPORT_APPLIED", null, 20).stream()
                .filter(e -> e.seq() > before)
                .toList();
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("ML00020");
            assertThat(entry.target()).isEqualTo("import:" + job.id());
            assertThat(entry.subject()).isNull();
            assertThat(entry.detail()).startsWith("created 2,");
            assertThat(entry.detail()).doesNotContain("@", "Lemaire", "Carpentier", "Agathe", p);
        });
        assertThat(audit().intact()).isTrue();
    }
}
