package org.binome.people;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fixture files written for the tests, shaped as a widely used American HRIS export: one "Last, First M" name column,
 * the HRIS's own headers (EmpID, DateofHire, DOB, ManagerName...), departments with trailing spaces, every date as
 * month/day/two-digit year, the manager given by name plus a manager id from another numbering, no e-mail column, no
 * site. Each file comes with the people it describes, to check the import row by row.
 */
final class HrExports {

    static final String[] HEADERS = {
        "Employee_Name",
        "EmpID",
        "MarriedID",
        "Salary",
        "Position",
        "State",
        "Zip",
        "DOB",
        "Sex",
        "DateofHire",
        "DateofTermination",
        "TermReason",
        "EmploymentStatus",
        "Department",
        "ManagerName",
        "ManagerID",
        "RecruitmentSource",
        "PerformanceScore"
    };

    private static final String[] FIRST = {
        "Wilson", "Karthikeyan", "Sarah", "Michael", "Amy", "Brandon", "Jennifer", "Elijah", "Lynn", "Kelley", "Simon",
        "Webster", "Janet", "Debra", "Brannon", "Alex", "Ricardo", "Kissy", "Jonathan", "Noelle", "Renee", "Mei"
    };
    private static final String[] LAST = {
        "Adinolfi",
        "Ait Sidi",
        "Akinkuolie",
        "Albert",
        "Anderson",
        "Andreola",
        "Athwal",
        "Beak",
        "Bacong",
        "Barbara",
        "Barone",
        "Bates",
        "Becker",
        "Bernstein",
        "Biden",
        "Billis",
        "Blount",
        "Bondwell",
        "Booth",
        "Bozzi",
        "O'Brien",
        "de la Cruz"
    };
    /** Departments as the HRIS writes them, trailing spaces included. */
    static final String[] DEPARTMENTS = {
        "Production       ", "IT/IS", "Software Engineering", "Admin Offices", "Sales", "Executive Office"
    };

    private static final DateTimeFormatter US_SHORT = DateTimeFormatter.ofPattern("M/d/yy");
    private static final DateTimeFormatter US_SHORT_PADDED = DateTimeFormatter.ofPattern("MM/dd/yy");

    /** One employee as the export describes them, and as the directory should hold them. */
    record Employee(
            String number,
            String first,
            String last,
            String written,
            String department,
            String position,
            String managerNumber,
            String managerWritten,
            LocalDate birth,
            LocalDate hired,
            LocalDate terminated) {}

    final List<Employee> employees = new ArrayList<>();

    /**
     * {@code count} employees with unique names: one chief, ten managers reporting to the chief, the others reporting
     * to a manager; every tenth person has left. Employee numbers start after {@code base}.
     */
    HrExports(long base, int count, LocalDate today) {
        var random = new Random(base);
        var used = new java.util.HashSet<String>();
        for (int i = 0; i < count; i++) {
            String first;
            String last;
            do {
                first = FIRST[random.nextInt(FIRST.length)];
                last = LAST[random.nextInt(LAST.length)] + (i < FIRST.length * LAST.length / 2 ? "" : "-" + i);
            } while (!used.add(first + " " + last));
            // about one in three with a middle initial, as the HRIS writes it (two spaces before it)
            var written = last + ", " + first + (i % 3 == 0 ? "  " + (char) ('A' + i % 26) : "");
            var number = String.valueOf(base + i);
            Employee manager = i == 0 ? null : employees.get(i <= 10 ? 0 : 1 + random.nextInt(10));
            var birth = LocalDate.of(1950 + random.nextInt(52), 1 + random.nextInt(12), 1 + random.nextInt(28));
            var hired = LocalDate.of(2006 + random.nextInt(19), 1 + random.nextInt(12), 1 + random.nextInt(28));
            if (hired.isAfter(today)) {
                hired = today.minusDays(1);
            }
            var terminated = i % 10 == 9 ? hired.plusDays(200 + random.nextInt(300)) : null;
            if (terminated != null && terminated.isAfter(today)) {
                terminated = today;
            }
            employees.add(new Employee(
                    number,
                    first + (i % 3 == 0 ? " " + (char) ('A' + i % 26) : ""),
                    last,
                    written,
                    i == 0 ? "Executive Office" : DEPARTMENTS[random.nextInt(DEPARTMENTS.length - 1)],
                    i == 0 ? "President & CEO" : i <= 10 ? "Area Manager" : "Production Technician I",
                    manager == null ? null : manager.number(),
                    manager == null ? "" : manager.first().replaceAll(" [A-Z]$", "") + " " + manager.last(),
                    birth,
                    hired,
                    terminated));
        }
    }

    List<String> cells(Employee e, int i) {
        return List.of(
                e.written(),
                e.number(),
                String.valueOf(i % 2),
                String.valueOf(45000 + i * 37),
                e.position(),
                "MA",
                "0" + (1450 + i),
                US_SHORT_PADDED.format(e.birth()),
                i % 2 == 0 ? "M " : "F",
                US_SHORT.format(e.hired()),
                e.terminated() == null ? "" : US_SHORT.format(e.terminated()),
                e.terminated() == null ? "N/A-StillEmployed" : "career change",
                e.terminated() == null ? "Active" : "Voluntarily Terminated",
                e.department(),
                e.managerWritten(),
                e.managerNumber() == null ? "" : String.valueOf(1 + i % 20),
                "Indeed",
                "Fully Meets");
    }

    /** The export as a comma-separated file with quoted names, as the HRIS writes it. */
    byte[] csv() {
        var out = new StringBuilder(String.join(",", HEADERS)).append("\r\n");
        for (int i = 0; i < employees.size(); i++) {
            var line = new ArrayList<String>();
            for (var cell : cells(employees.get(i), i)) {
                line.add(cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
            }
            out.append(String.join(",", line)).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The export as an Excel workbook: a merged title line above the headers, employee numbers as numbers, dates as
     * date cells shown as m/d/yy, and a second sheet that is not the roster.
     */
    byte[] xlsx() {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var notes = workbook.createSheet("Read me");
            notes.createRow(0).createCell(0).setCellValue("Exported from the HRIS");
            var sheet = workbook.createSheet("Employees");
            workbook.setActiveSheet(1);
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(
                    workbook.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
            sheet.createRow(0).createCell(0).setCellValue("Employee roster - all companies");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
            var header = sheet.createRow(1);
            for (int c = 0; c < HEADERS.length; c++) {
                header.createCell(c).setCellValue(HEADERS[c]);
            }
            for (int i = 0; i < employees.size(); i++) {
                var e = employees.get(i);
                var row = sheet.createRow(i + 2);
                var cells = cells(e, i);
                for (int c = 0; c < cells.size(); c++) {
                    var cell = row.createCell(c);
                    switch (HEADERS[c]) {
                        case "EmpID", "Salary" -> cell.setCellValue(Double.parseDouble(cells.get(c)));
                        case "DOB" -> dated(cell, e.birth(), dateStyle);
                        case "DateofHire" -> dated(cell, e.hired(), dateStyle);
                        case "DateofTermination" -> {
                            if (e.terminated() != null) {
                                dated(cell, e.terminated(), dateStyle);
                            }
                        }
                        default -> cell.setCellValue(cells.get(c));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void dated(
            org.apache.poi.ss.usermodel.Cell cell, LocalDate date, org.apache.poi.ss.usermodel.CellStyle style) {
        cell.setCellValue(date);
        cell.setCellStyle(style);
    }
}
