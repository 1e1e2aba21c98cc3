#pragma once

#include "engine/Session.h"
#include "modules/fees/FeeTypes.h"
#include "widgets/FormErrors.h"

#include <QDialog>

#include <memory>

class QStandardItemModel;

namespace fd {

// The form uic makes from ui/modules/fees/ChargeListingsDialog.ui.
class Ui_ChargeListingsDialog;

class ChargeService;
class Clock;
class RegistryService;
class UnitPickerWidget;

// The units that pay an item billed only to listed units (a parking space's rent, R-FE-1): each
// listing with its first and last day billed; a unit listed from a day, a listing ended on a day.
// ChargeService keeps them (fees.bill); a month only partly covered is billed by its days.
class ChargeListingsDialog : public QDialog
{
    Q_OBJECT

public:
    ChargeListingsDialog(ChargeService& charges, RegistryService& registry, const Clock& clock, const Session& who,
                         const ChargeItem& item, QWidget* parent = nullptr);
    ~ChargeListingsDialog() override;

    [[nodiscard]] UnitPickerWidget* unitPicker() const { return m_unit; }
    [[nodiscard]] QStandardItemModel* model() const { return m_model; }
    [[nodiscard]] const FormErrors& errors() const { return m_errors; }
    void fill(const QDate& from, const QString& note);
    void selectRow(int row);
    void setUntil(const QDate& until);

public slots:
    bool listUnit();
    bool endSelected();

private:
    void refresh();
    void updateControls();

    std::unique_ptr<Ui_ChargeListingsDialog> m_ui;
    ChargeService& m_charges;
    Session m_who;
    ChargeItem m_item;
    UnitPickerWidget* m_unit;
    QStandardItemModel* m_model;
    QList<ChargeListing> m_rows;
    FormErrors m_errors;
};

} // namespace fd
