#pragma once

#include "engine/Session.h"
#include "modules/storeditems/StoredItemTypes.h"
#include "widgets/FormErrors.h"

#include <QWidget>

#include <optional>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fd {

class Clock;
class SignatureView;
class StoredItemService;

// One stored item in full: the tag, depositor, items, shelf and times, both signatures, the history;
// for an overdue item the two actions of R-PS-2 — "Reminded the customer" (with a note; the
// reminder comes back later) and "Deliver with consent" (who agreed; the item ends).
class StoredItemDetailWidget : public QWidget
{
    Q_OBJECT

public:
    StoredItemDetailWidget(StoredItemService& service, const Clock& clock, QWidget* parent = nullptr);

    void setSession(const Session& session);
    // Shows the item (0: nothing selected).
    void showItem(qint64 itemId);
    [[nodiscard]] qint64 itemId() const { return m_itemId; }
    [[nodiscard]] const FormErrors& errors() const { return m_errors; }

public slots:
    bool remind();
    bool deliver();

signals:
    void changed(qint64 itemId);
    void printRequested(qint64 itemId);

private:
    StoredItemService& m_service;
    const Clock& m_clock;
    std::optional<Session> m_session;
    qint64 m_itemId = 0;
    FormErrors m_errors;
    QLabel* m_summary;
    SignatureView* m_depositSignature;
    SignatureView* m_collectorSignature;
    QLabel* m_collectorCaption;
    QLabel* m_history;
    QGroupBox* m_overdue;
    QLineEdit* m_remindNote;
    QLineEdit* m_consentBy;
    QPushButton* m_print;
};

} // namespace fd
