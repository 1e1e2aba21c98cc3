#include "modules/storeditems/StoredItemDetailWidget.h"

#include "core/DateTimeText.h"

#include "core/Clock.h"
#include "core/PersonalData.h"
#include "modules/storeditems/StoredItemService.h"
#include "widgets/SignatureView.h"

#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

QString when(qint64 ms)
{
    return DateTimeText::dateTime(ms);
}

} // namespace

StoredItemDetailWidget::StoredItemDetailWidget(StoredItemService& service, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_service(service), m_clock(clock)
{
    setObjectName(u"storageDetail"_s);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"storageSummary"_s);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_history = new QLabel(this);
    m_history->setObjectName(u"storageHistory"_s);
    m_history->setTextFormat(Qt::RichText);
    m_history->setWordWrap(true);
    m_history->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto* signatures = new QGridLayout;
    signatures->addWidget(new QLabel(tr("Depositor signed:"), this), 0, 0);
    m_depositSignature = new SignatureView(this);
    m_depositSignature->setObjectName(u"depositSignatureView"_s);
    signatures->addWidget(m_depositSignature, 1, 0);
    m_collectorCaption = new QLabel(tr("Collector signed:"), this);
    signatures->addWidget(m_collectorCaption, 0, 1);
    m_collectorSignature = new SignatureView(this);
    m_collectorSignature->setObjectName(u"collectorSignatureView"_s);
    signatures->addWidget(m_collectorSignature, 1, 1);

    m_overdue = new QGroupBox(tr("Past the expected pickup time"), this);
    m_overdue->setObjectName(u"storageOverdue"_s);
    auto* actions = new QGridLayout(m_overdue);
    m_remindNote = new QLineEdit(m_overdue);
    m_remindNote->setObjectName(u"remindNote"_s);
    m_remindNote->setPlaceholderText(tr("How the customer was reminded, what they said"));
    auto* remind = new QPushButton(tr("Re&minded the customer"), m_overdue);
    remind->setObjectName(u"remindCustomer"_s);
    actions->addWidget(m_remindNote, 0, 0);
    actions->addWidget(remind, 0, 1);
    actions->addWidget(m_errors.add(u"note"_s, m_remindNote, u"remindNoteError"_s, m_overdue), 1, 0, 1, 2);
    m_consentBy = new QLineEdit(m_overdue);
    m_consentBy->setObjectName(u"consentBy"_s);
    m_consentBy->setPlaceholderText(tr("Who agreed to the delivery"));
    auto* deliver = new QPushButton(tr("&Deliver with consent"), m_overdue);
    deliver->setObjectName(u"deliverWithConsent"_s);
    actions->addWidget(m_consentBy, 2, 0);
    actions->addWidget(deliver, 2, 1);
    actions->addWidget(m_errors.add(u"consent"_s, m_consentBy, u"consentError"_s, m_overdue), 3, 0, 1, 2);
    auto* fallback = new QLabel(this);
    fallback->setObjectName(u"storageDetailError"_s);
    m_errors.setFallback(fallback);

    m_print = new QPushButton(tr("&Print tag…"), this);
    m_print->setObjectName(u"printTag"_s);

    auto* left = new QVBoxLayout;
    left->addWidget(m_summary);
    left->addLayout(signatures);
    left->addStretch();
    auto* right = new QVBoxLayout;
    right->addWidget(m_history, 1);
    right->addWidget(m_overdue);
    right->addWidget(fallback);
    auto* printRow = new QHBoxLayout;
    printRow->addStretch();
    printRow->addWidget(m_print);
    right->addLayout(printRow);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 1);
    layout->addLayout(right, 1);

    connect(remind, &QPushButton::clicked, this, &StoredItemDetailWidget::remind);
    connect(deliver, &QPushButton::clicked, this, &StoredItemDetailWidget::deliver);
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (m_itemId != 0)
            emit printRequested(m_itemId);
    });
    showItem(0);
}

void StoredItemDetailWidget::setSession(const Session& session)
{
    m_session = session;
}

void StoredItemDetailWidget::showItem(qint64 itemId)
{
    // The same item shown again (the minute turned, a change saved at another desk): what is typed
    // for it, and what was said about that, stay.
    if (itemId != m_itemId) {
        m_errors.clear();
        m_remindNote->clear();
        m_consentBy->clear();
    }
    m_itemId = itemId;
    auto found = itemId == 0 ? Result<StoredItem>(Error{}) : m_service.find(itemId);
    const bool shown = found.ok();
    m_overdue->setVisible(shown && found.value().overdueAt(m_clock.nowMs()));
    m_print->setEnabled(shown);
    m_collectorCaption->setVisible(shown && found.value().collectorSignatureId != 0);
    m_collectorSignature->setVisible(shown && found.value().collectorSignatureId != 0);
    if (!shown) {
        m_summary->setText(itemId == 0 ? tr("Select an item to see its details.") : found.error().message);
        m_history->clear();
        m_depositSignature->clear();
        m_collectorSignature->clear();
        return;
    }
    const StoredItem& s = found.value();
    const bool overdue = s.overdueAt(m_clock.nowMs());
    QString h = u"<p style='font-size:large'><b>%1</b> · %2</p>"_s.arg(s.tag.toHtmlEscaped(),
                                                                       StoredItemService::statusName(s.status));
    h += tr("<b>%1</b> · %2 %3<br/>Shelf <b>%4</b> · expected pickup %5")
             .arg(s.unitCode.toHtmlEscaped(), s.depositorName.toHtmlEscaped(),
                  PersonalData::maskPhone(s.depositorPhone), s.shelf.toHtmlEscaped(),
                  overdue ? u"<span style='color:#c62828'><b>%1</b></span>"_s.arg(when(s.expectedPickupMs))
                          : when(s.expectedPickupMs));
    h += u"<ul style='margin:4px'>"_s;
    for (const StoredItemLine& l : s.lines)
        h +=
            u"<li>%1 ×%2 %3</li>"_s.arg(l.description.toHtmlEscaped()).arg(l.quantity).arg(l.condition.toHtmlEscaped());
    h += u"</ul>"_s;
    if (!s.note.isEmpty())
        h += tr("Note: %1").arg(s.note.toHtmlEscaped());
    m_summary->setText(h);
    if (auto sig = m_service.signature(s.depositSignatureId))
        m_depositSignature->showSignature(sig.value());
    if (s.collectorSignatureId != 0)
        if (auto sig = m_service.signature(s.collectorSignatureId))
            m_collectorSignature->showSignature(sig.value());
    QString history = u"<b>%1</b><br/>"_s.arg(tr("History"));
    if (auto events = m_service.history(s.id))
        for (const StoredItemEvent& e : events.value())
            history += u"%1 · %2 · %3%4<br/>"_s.arg(when(e.atMs), StoredItemService::eventName(e.kind),
                                                    e.byName.toHtmlEscaped(),
                                                    e.note.isEmpty() ? QString() : u" — "_s + e.note.toHtmlEscaped());
    m_history->setText(history);
}

bool StoredItemDetailWidget::remind()
{
    if (!m_session || m_itemId == 0)
        return false;
    auto done = m_service.remind(*m_session, m_itemId, m_remindNote->text());
    if (!done) {
        m_errors.show(done.error());
        return false;
    }
    m_errors.clear();
    m_remindNote->clear();
    const qint64 id = m_itemId;
    showItem(id);
    emit changed(id);
    return true;
}

bool StoredItemDetailWidget::deliver()
{
    if (!m_session || m_itemId == 0)
        return false;
    auto done = m_service.deliverWithConsent(*m_session, m_itemId, m_consentBy->text());
    if (!done) {
        m_errors.show(done.error());
        return false;
    }
    m_errors.clear();
    m_consentBy->clear();
    const qint64 id = m_itemId;
    showItem(id);
    emit changed(id);
    return true;
}

} // namespace fd
