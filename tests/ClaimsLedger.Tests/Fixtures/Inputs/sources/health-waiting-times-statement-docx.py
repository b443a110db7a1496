"""Source of health-waiting-times-statement.docx: /usr/bin/python3 health-waiting-times-statement-docx.py (python3-docx).

A statement as a press office sends it: letterhead line, title, dateline, body paragraphs, a quote, a table of figures,
a tracked deletion (not visible text) and contact lines. The ministry, people and figures are invented for the tests.
"""
import datetime
import docx
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

document = docx.Document()
document.core_properties.title = "Hospital waiting times fall for third month"
document.core_properties.author = "Ministry of Health press office"
document.core_properties.created = datetime.datetime(2024, 6, 3, 9, 0, 0)
document.core_properties.modified = datetime.datetime(2024, 6, 3, 9, 0, 0)

document.add_paragraph("MINISTRY OF HEALTH - STATEMENT")
document.add_heading("Hospital waiting times fall for third month", level=1)
document.add_paragraph("Portville, 3 June 2024")
document.add_paragraph(
    "The number of patients waiting for planned hospital treatment fell to 412,000 at the end of April 2024, "
    "down from 426,000 in January, the Ministry of Health said today.")
p = document.add_paragraph("Health Minister Samuel Adeyemi said: ")
p.add_run("\u201cWe have cut the longest waits by more than half. ").italic = True
p.add_run("Fewer than 2,500 patients have now waited over a year for treatment, compared with 6,100 last spring.\u201d")

# A tracked deletion: the reviewer removed a sentence; Word does not show it as text.
para = document.add_paragraph("Hospitals carried out 1.1 million outpatient appointments in April.")
deleted = OxmlElement("w:del")
deleted.set(qn("w:id"), "1")
deleted.set(qn("w:author"), "Reviewer")
deleted.set(qn("w:date"), "2024-06-02T18:00:00Z")
run = OxmlElement("w:r")
text = OxmlElement("w:delText")
text.set(qn("xml:space"), "preserve")
text.text = " An earlier draft said 1.3 million."
run.append(text)
deleted.append(run)
para._p.append(deleted)

document.add_paragraph("Waiting list by region, end of April 2024:")
table = document.add_table(rows=1, cols=3)
table.style = "Table Grid"
header = table.rows[0].cells
header[0].text, header[1].text, header[2].text = "Region", "Patients waiting", "Change since January"
for region, waiting, change in [("Northern Province", "151,000", "-4.1%"), ("Coastal Province", "118,000", "-2.9%"), ("Capital District", "143,000", "-2.7%")]:
    cells = table.add_row().cells
    cells[0].text, cells[1].text, cells[2].text = region, waiting, change

document.add_paragraph(
    "The ministry will publish waiting times for May on 11 July. Emergency department figures are published separately.")
document.add_paragraph("Ends")
document.add_paragraph("Press office: 020 7946 0123 | press@health.gov.pv")

section = document.sections[0]
section.footer.paragraphs[0].text = "Ministry of Health, 5 Harbour Road, Portville | Page 1"
section.header.paragraphs[0].text = "OFFICIAL - FOR PUBLICATION"
document.save("../health-waiting-times-statement.docx")
