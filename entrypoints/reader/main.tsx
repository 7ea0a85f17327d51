import { render } from 'preact';
import { ReaderApp } from '../../components/reader/ReaderApp';
import { Repository } from '../../core/db/repository';
import '../../components/theme.css';
import '../../components/reader/reader.css';

render(
  <ReaderApp repo={new Repository()} params={new URLSearchParams(location.search)} />,
  document.getElementById('app')!,
);
