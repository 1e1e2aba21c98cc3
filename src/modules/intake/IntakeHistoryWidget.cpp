#include "modules/intake/IntakeHistoryWidget.h"

#include "core/DateTimeText.h"

#include <QDateTime>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

IntakeHistoryWidget::IntakeHistoryWidget(QWidget* parent)
    : QGroupBox(tr("Customer history"), parent), m_who(new QLabel(this)), m_note(new QLabel(this)),
      m_list(new QListWidget(this))
{
    setObjectName(u"intakeHistory"_s);
    auto* layout = new QVBoxLayout(this);
    m_who->setObjectName(u"intakeHistoryWho"_s);
    m_who->setWordWrap(true);
    layout->addWidget(m_who);
    m_note->setObjectName(u"intakeHistoryNote"_s);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setStyleSheet(u"background: #fff4d6; border: 1px solid #e0b84c; padding: 4px;"_s);
    layout->addWidget(m_note);
    m_list->setObjectName(u"intakeHistoryList"_s);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setFocusPolicy(Qt::NoFocus); // the form keeps the keyboard; the history is for reading
    layout->addWidget(m_list, 1);
    clear();
}

void IntakeHistoryWidget::clear()
{
    m_who->setText(tr("Choose a unit or write the caller's name to see their history."));
    m_note->clear();
    m_note->hide();
    m_list->clear();
}

void IntakeHistoryWidget::showError(const QString& message)
{
    clear();
    m_who->setText(message);
}

void IntakeHistoryWidget::showHistory(const QString& who, const IntakeHistory& h)
{
    m_list->clear();
    if (h.tickets.isEmpty())
        m_who->setText(tr("%1: no earlier tickets.").arg(who));
    else
        m_who->setText(tr("%1: the latest %n ticket(s).", nullptr, int(h.tickets.size())).arg(who));
    QStringList note;
    if (h.complaints > 0) // R-CP-10
        note << tr("Has complained %n time(s) before.", nullptr, h.complaints);
    if (!h.note.isEmpty())
        note << h.note;
    m_note->setText(note.join(u'\n'));
    m_note->setVisible(!note.isEmpty());
    for (const IntakeHistoryEntry& e : h.tickets) {
        // Line one: when, which and where it stands; line two: what it was about.
        auto* item = new QListWidgetItem(m_list);
        item->setText(u"%1  %2  %3\n%4 · %5"_s.arg(DateTimeText::dateTime(e.occurredMs), e.number,
                                                   TicketTerms::displayName(e.status), TicketTerms::displayName(e.kind),
                                                   e.description.simplified()));
        item->setToolTip(e.description);
        item->setData(Qt::UserRole, e.ticketId);
    }
}

int IntakeHistoryWidget::rowCount() const
{
    return m_list->count();
}

} // namespace fd
