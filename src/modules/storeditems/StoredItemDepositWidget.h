#pragma once

#include "engine/Session.h"
#include "modules/storeditems/StoredItemTypes.h"
#include "widgets/FormErrors.h"

#include <QDateTime>
#include <QWidget>

#include <optional>

class QDateTimeEdit;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace fd {

class SignatureField;
class StoredItemService;
class UnitPickerWidget;
struct Services;

// The deposit form (R-PS-1): the depositor and their phone, the unit, the items as lines
// (description, count, condition), the shelf, the expected pickup time, the depositor's signature
// (or why there is none) and a note. Save hands it all to StoredItemService::deposit; an error
// shows next to its field and nothing is written.
class StoredItemDepositWidget : public QWidget
{
    Q_OBJECT

public:
    StoredItemDepositWidget(Services& services, StoredItemService& service, QWidget* parent = nullptr);

    void setSession(const Session& session);
    // Empties the form for the next deposit; the pickup time goes back to its default.
    void clear();
    // A pickup time left from earlier that has passed goes back to the default (the form stays open).
    void refreshPickup();
    [[nodiscard]] DepositRequest request() const;
    // Sets a line's cells as the clerk would type them (adds lines as needed).
    void setLine(int row, const QString& description, const QString& count, const QString& condition);
    [[nodiscard]] SignatureField* signatureField() const { return m_signature; }
    [[nodiscard]] UnitPickerWidget* unitPicker() const { return m_unit; }
    [[nodiscard]] const FormErrors& errors() const { return m_errors; }

public slots:
    bool save();

signals:
    void deposited(const StoredItem& item);

private:
    QWidget* withError(QWidget* input, const QString& field, const char* labelName);
    void addLine();
    [[nodiscard]] QDateTime defaultPickup() const;

    Services& m_services;
    StoredItemService& m_service;
    std::optional<Session> m_session;
    FormErrors m_errors;
    QLineEdit* m_name;
    QLineEdit* m_phone;
    UnitPickerWidget* m_unit;
    QTableWidget* m_lines;
    QLineEdit* m_shelf;
    QDateTimeEdit* m_pickup;
    SignatureField* m_signature;
    QLineEdit* m_note;
    QPushButton* m_save;
};

} // namespace fd
