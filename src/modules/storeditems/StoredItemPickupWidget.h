#pragma once

#include "engine/Session.h"
#include "modules/storeditems/StoredItemTypes.h"
#include "widgets/FormErrors.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace fd {

class SignatureField;
class StoredItemService;

// Pickup against the tag (R-PS-3): the clerk types or scans the tag, sees what it is for, writes
// who collects and has them sign. A wrong tag or one already collected is refused next to the tag
// field and nothing is written.
class StoredItemPickupWidget : public QWidget
{
    Q_OBJECT

public:
    explicit StoredItemPickupWidget(StoredItemService& service, QWidget* parent = nullptr);

    void setSession(const Session& session);
    void clear();
    [[nodiscard]] QLineEdit* tagEdit() const { return m_tag; }
    [[nodiscard]] QLineEdit* collectorEdit() const { return m_collector; }
    [[nodiscard]] SignatureField* signatureField() const { return m_signature; }
    [[nodiscard]] const FormErrors& errors() const { return m_errors; }

public slots:
    // Shows what the typed tag is for (or why it cannot be handed out).
    void lookUp();
    bool handOut();

signals:
    void collected(const StoredItem& item);

private:
    StoredItemService& m_service;
    std::optional<Session> m_session;
    FormErrors m_errors;
    QLineEdit* m_tag;
    QLabel* m_found;
    QLineEdit* m_collector;
    SignatureField* m_signature;
    QPushButton* m_handOut;
};

} // namespace fd
