#include "modules/fees/ArrearsWidget.h"

#include "core/DateTimeText.h"
#include "core/Money.h"
#include "modules/fees/ArrearsService.h"
#include "modules/fees/DunningNoticePrinter.h"
#include "modules/fees/FeeTerms.h"
#include "widgets/Ask.h"

#include "ui_ArrearsWidget.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace fd {

ArrearsWidget::ArrearsWidget(ArrearsService& arrears, const QString& siteName, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui_ArrearsWidget>()), m_arrears(arrears), m_siteName(siteName),
      m_model(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    setObjectName(u"arrearsForm"_s);
    m_model->setHorizontalHeaderLabels({tr("Unit"), tr("Owner"), tr("Overdue"), tr("Since"), tr("Days"), tr("Notices"),
                                        tr("Next notice from"), tr("Last contact"), tr("Legal")});
    m_ui->arrearsTable->setModel(m_model);
    m_ui->arrearsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->arrearsTable->verticalHeader()->hide();
    m_ui->arrearsTable->horizontalHeader()->setStretchLastSection(true);
    for (ContactKind k : {ContactKind::Phone, ContactKind::Visit, ContactKind::Note})
        m_ui->contactKind->addItem(FeeTerms::displayName(k), int(k));
    m_errors.bind(u"note"_s, m_ui->contactNote, m_ui->contactNoteError);
    m_errors.bind(u"unit"_s, m_ui->arrearsTable, m_ui->contactNoteError);
    m_errors.setFallback(m_ui->contactNoteError);
    m_ui->arrearsMessage->hide();
    connect(m_ui->arrearsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ArrearsWidget::showSelected);
    connect(m_ui->recordContact, &QPushButton::clicked, this, &ArrearsWidget::recordContact);
    connect(m_ui->issueNotice, &QPushButton::clicked, this, &ArrearsWidget::issueNotice);
    connect(m_ui->referLegal, &QPushButton::clicked, this, &ArrearsWidget::refer);
    showSelected();
}

ArrearsWidget::~ArrearsWidget() = default;

void ArrearsWidget::setSession(const Session& session)
{
    m_session = session;
    refresh();
}

QString ArrearsWidget::message() const
{
    return m_ui->arrearsMessage->isVisible() ? m_ui->arrearsMessage->text() : QString();
}

QString ArrearsWidget::history() const
{
    return m_ui->arrearsHistory->text();
}

void ArrearsWidget::say(const QString& text)
{
    m_ui->arrearsMessage->setText(text);
    m_ui->arrearsMessage->setVisible(!text.isEmpty());
}

void ArrearsWidget::refresh()
{
    const auto keep = selected();
    m_model->removeRows(0, m_model->rowCount());
    m_rows.clear();
    if (!m_session || !m_session->may(Permission::ViewFeeAccounts)) {
        showSelected();
        return;
    }
    auto rows = m_arrears.arrears(*m_session);
    if (!rows) {
        say(rows.error().message);
        return;
    }
    m_rows = rows.value();
    for (const ArrearsRow& r : std::as_const(m_rows)) {
        const QString next = r.nextNoticeFrom.isValid() ? DateTimeText::date(r.nextNoticeFrom) : tr("all three sent");
        QList<QStandardItem*> row;
        for (const QString& text :
             {r.unitCode, r.owner, Money::text(r.owedFen), DateTimeText::date(r.since), QString::number(r.daysOverdue),
              QString::number(r.notices), next, r.lastContact, r.referred ? tr("referred") : QString()})
            row << new QStandardItem(text);
        if (r.referred || r.notices >= ArrearsService::Notices)
            for (QStandardItem* cell : row)
                cell->setForeground(QColor(0xc6, 0x28, 0x28));
        m_model->appendRow(row);
    }
    m_ui->arrearsTable->resizeColumnsToContents();
    if (keep)
        selectUnit(keep->unitId);
    showSelected();
}

bool ArrearsWidget::selectUnit(qint64 unitId)
{
    for (qsizetype r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).unitId == unitId) {
            m_ui->arrearsTable->setCurrentIndex(m_model->index(int(r), 0));
            return true;
        }
    return false;
}

qint64 ArrearsWidget::unitOfNotice(qint64 noticeId) const
{
    if (!m_session)
        return 0;
    auto notice = m_arrears.notice(*m_session, noticeId);
    return notice ? notice.value().unitId : 0;
}

std::optional<ArrearsRow> ArrearsWidget::selected() const
{
    const QModelIndex current = m_ui->arrearsTable->currentIndex();
    if (!current.isValid() || current.row() >= m_rows.size())
        return std::nullopt;
    return m_rows.at(current.row());
}

void ArrearsWidget::showSelected()
{
    const auto row = selected();
    const bool collects = m_session && m_session->may(Permission::CollectFees);
    const bool refers = m_session && m_session->may(Permission::ReferForLegal);
    const QString noUnit = tr("Select a unit in the list first.");
    const QString whyNot =
        m_session && !collects ? Roles::refusal(m_session->user.role, Permission::CollectFees) : QString();
    m_ui->contactGroup->setEnabled(collects && row.has_value());
    m_ui->contactGroup->setToolTip(!whyNot.isEmpty() ? whyNot : row ? QString() : noUnit);
    const bool due = row && row->nextNoticeFrom.isValid();
    m_ui->issueNotice->setEnabled(due);
    m_ui->issueNotice->setToolTip(due || !row ? QString()
                                              : tr("All three notices are sent: the next step is legal handling."));
    const bool referable = row && refers && !row->referred && row->notices >= ArrearsService::Notices;
    m_ui->referLegal->setEnabled(referable);
    m_ui->referLegal->setToolTip(
        referable              ? QString()
        : m_session && !refers ? Roles::refusal(m_session->user.role, Permission::ReferForLegal)
                               : tr("After the third notice's deadline, still unpaid, the manager refers the unit."));
    if (!row || !m_session) {
        m_ui->arrearsHistory->setText(tr("Select a unit to see its notices and contacts."));
        return;
    }
    QStringList lines;
    if (auto notices = m_arrears.notices(*m_session, row->unitId))
        for (const DunningNotice& n : notices.value())
            lines << tr("%1 notice %2 (no. %3) by %4: %5, pay by %6")
                         .arg(DateTimeText::date(n.issuedMs))
                         .arg(n.number)
                         .arg(n.noticeNo, n.issuedBy, Money::text(n.owedFen), DateTimeText::date(n.deadline));
    if (auto contacts = m_arrears.contacts(*m_session, row->unitId))
        for (const ArrearsContact& c : contacts.value())
            lines << tr("%1 %2 by %3: %4")
                         .arg(DateTimeText::dateTime(c.createdMs), FeeTerms::displayName(c.kind), c.createdBy,
                              QStringList{c.reason, c.note}.filter(QRegularExpression(u"\\S"_s)).join(u" · "_s));
    m_ui->arrearsHistory->setText(lines.isEmpty() ? tr("%1: no notice or contact yet.").arg(row->unitCode)
                                                  : lines.join(u'\n'));
}

void ArrearsWidget::fillContact(ContactKind kind, const QString& reason, const QString& note)
{
    m_ui->contactKind->setCurrentIndex(m_ui->contactKind->findData(int(kind)));
    m_ui->contactReason->setText(reason);
    m_ui->contactNote->setText(note);
}

bool ArrearsWidget::recordContact()
{
    const auto row = selected();
    if (!m_session || !row)
        return false;
    m_errors.clear();
    auto done = m_arrears.recordContact(*m_session, row->unitId, ContactKind(m_ui->contactKind->currentData().toInt()),
                                        m_ui->contactReason->text(), m_ui->contactNote->text());
    if (!done) {
        m_errors.show(done.error());
        return false;
    }
    m_ui->contactReason->clear();
    m_ui->contactNote->clear();
    say(tr("Contact with %1 recorded.").arg(row->unitCode));
    refresh();
    return true;
}

bool ArrearsWidget::issueNotice()
{
    const auto row = selected();
    if (!m_session || !row)
        return false;
    m_errors.clear();
    auto notice = m_arrears.issueNotice(*m_session, row->unitId);
    if (!notice) {
        m_errors.show(notice.error());
        return false;
    }
    const DunningNotice& n = notice.value();
    QString text = tr("Notice %1 (number %2) issued to %3: %4, to pay by %5.")
                       .arg(n.noticeNo)
                       .arg(n.number)
                       .arg(n.unitCode, Money::text(n.owedFen), DateTimeText::date(n.deadline));
    const QString path = Ask::saveFileName(this, tr("Save notice %1 as PDF").arg(n.noticeNo),
                                           QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                                               u"/%1.pdf"_s.arg(n.noticeNo),
                                           tr("PDF (*.pdf)"));
    if (!path.isEmpty()) {
        const Status written = DunningNoticePrinter::writePdf(m_siteName, n, path);
        text += u' ' + (written ? tr("Saved to %1.").arg(path) : written.error().message);
    }
    say(text);
    refresh();
    return true;
}

bool ArrearsWidget::refer()
{
    const auto row = selected();
    if (!m_session || !row)
        return false;
    if (Ask::question(this, tr("Refer for legal handling"),
                      tr("Refer %1 (%2 unpaid since %3) for legal handling? It stays on the unit.")
                          .arg(row->unitCode, Money::text(row->owedFen), DateTimeText::date(row->since)),
                      QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return false;
    const Status done = m_arrears.refer(*m_session, row->unitId, m_ui->contactNote->text());
    if (!done) {
        m_errors.show(done.error());
        return false;
    }
    say(tr("%1 is referred for legal handling.").arg(row->unitCode));
    refresh();
    return true;
}

} // namespace fd
