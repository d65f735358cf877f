package probe;

import io.fabric8.crd.generator.annotation.PrinterColumn;
import io.fabric8.crd.generator.annotation.PrinterColumnFormat;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import lombok.Data;

@Data
public class CertificateStatus extends Status {
    @PrinterColumn(format = PrinterColumnFormat.DATE_TIME)
    private ZonedDateTime notAfter;
    private ZonedDateTime notBefore;
    @PrinterColumn(name = "Renewal")
    private LocalDate renewalDate;
    private Integer revision;
    private List<String> failedIssuanceAttempts;
}
