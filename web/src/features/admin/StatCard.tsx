export function StatCard({ label, value }: { label: string; value: string }) {
  return (
    <li className="stat">
      <p className="stat__label">{label}</p>
      <p className="stat__value">{value}</p>
    </li>
  );
}
