#pragma once

#include "engine/Session.h"
#include "modules/storeditems/StoredItemTypes.h"
#include "widgets/FormErrors.h"

#include <QDateTime>
#include <QWidget>

#include <memory>
#include <optional>

namespace fd {

// The form uic makes from the .ui, whose class is fd::StoredItemDepositWidget so that its texts translate in this
// class's context. Named Ui_StoredItemDepositWidget: an fd::Ui namespace would hide the global one other forms use.
class Ui_StoredItemDepositWidget;

class Clock;
class RegistryService;
class SignatureField;
class StoredItemService;
class UnitPickerWidget;

// The deposit form (R-PS-1): the depositor and their phone, the unit, the items as lines
// (description, count, condition), the shelf, the expected pickup time, the depositor's signature
// (or why there is none) and a note. Save hands it all to StoredItemService::deposit; an error
// shows next to its field and nothing is written. Layout: ui/modules/storeditems/StoredItemDepositWidget.ui.
class StoredItemDepositWidget : public QWidget
{
    Q_OBJECT

public:
    StoredItemDepositWidget(StoredItemService& service, RegistryService& registry, const Clock& clock,
                            QWidget* parent = nullptr);
    ~StoredItemDepositWidget() override;

    void setSession(const Session& session);
    // Empties the form for the next deposit; the pickup time goes back to its default.
    void clear();
    // A pickup time left from earlier that has passed goes back to the default (the form stays open).
    void refreshPickup();
    [[nodiscard]] DepositRequest request() const;
    // Sets a line's cells as the clerk would type them (adds lines as needed).
    void setLine(int row, const QString& description, const QString& count, const QString& condition);
    [[nodiscard]] SignatureField* signatureField() const;
    [[nodiscard]] UnitPickerWidget* unitPicker() const { return m_unit; }
    [[nodiscard]] const FormErrors& errors() const { return m_errors; }

public slots:
    bool save();

signals:
    void deposited(const StoredItem& item);

private:
    void addLine();
    [[nodiscard]] QDateTime defaultPickup() const;

    std::unique_ptr<Ui_StoredItemDepositWidget> m_ui;
    StoredItemService& m_service;
    const Clock& m_clock;
    std::optional<Session> m_session;
    FormErrors m_errors;
    UnitPickerWidget* m_unit;
};

} // namespace fd
